/**
 * Villages listed a line each with the product or theme they were chosen for, where some line
 * gives one note to several villages after a dash: "万州区龙驹镇宏福村(花椒)", "万州区恒合土家族乡
 * 鸿凤村(黄金蜜桃);石坪村(锦绣黄桃)", "万州区白羊镇白燕村、大石村、大悟村、太和村——柠檬". Each
 * village is an entry, the note its title; a name after the first lies in the first's township,
 * and a bare name before a shared suffix takes it ("楠桥、中屯村": 楠桥村). The prose reading
 * takes the 、 run with its dash for a sentence and drops the lines around it; runs without a
 * shared dash note are left to it (it reads "某村(海带)" lines itself).
 */
import type { ItemDraft, ListDraft } from './drafts';
import type { KeyedText } from './text-key';
import type { RegionLookup } from './types';

/** A note: a product or a theme, a few words, never a sentence. */
const NOTE = '[\\u4e00-\\u9fff、]{1,12}';
/** "<names>(<note>)" or "<names>——<note>", the names joined by 、. */
const ENTRY = new RegExp(`^([^()（）—;；]+?)(?:[(（](${NOTE})[)）]|(?:——|－－|--)(${NOTE}))$`);
/** A village or community at the end of a place, after its township. */
const TOWNSHIP_AND_UNIT = /^(.*?(?:镇|乡|街道|苏木))([\u4e00-\u9fff]{1,8}?(村|社区|嘎查))$/;
const BARE = /^[\u4e00-\u9fff]{1,8}$/;
const OWN_TOWNSHIP = /镇|乡|街道|苏木/;
/** A dash before what befell the villages ("——被评为全国文明村"): a clause, not their note. */
const TOLD = /被|评为|获|入选|授予|命名|列入|成为/;

interface LineRead {
  items: ItemDraft[];
  shared: boolean;
}

function readLine(raw: string, lineStart: number, lookup: RegionLookup): LineRead | null {
  const text = raw.trimEnd();
  const items: ItemDraft[] = [];
  let township: string | null = null;
  let shared = false;
  let at = 0;
  for (const part of text.split(/(?<=[;；])/)) {
    const entry = ENTRY.exec(part.replace(/[;；]$/, '').trim());
    if (!entry) return null;
    const partStart = at + (part.length - part.trimStart().length);
    at += part.length;
    const note = entry[2] ?? entry[3] ?? '';
    if (TOLD.test(note)) return null;
    const names = entry[1]!.split('、');
    if (names.length > 1 && entry[3] !== undefined) shared = true;
    // The last name's unit noun (村, 社区) is every bare name's when it has none.
    const suffix = /(村|社区|嘎查)$/.exec(names[names.length - 1]!)?.[1] ?? '';
    let offset = partStart;
    for (const [i, written] of names.entries()) {
      let regionText: string;
      if (township === null) {
        const whole = /(村|社区|嘎查)$/.test(written) ? written : `${written}${suffix}`;
        const parts = TOWNSHIP_AND_UNIT.exec(whole);
        // The township must be one the division list knows, written whole from its county.
        const hit = parts ? lookup.splitPrefix(parts[1]!, {}) : null;
        if (i > 0 || !parts || !hit || hit.end !== parts[1]!.length) return null;
        township = parts[1]!;
        regionText = whole;
      } else {
        // A later name with its own township ("白燕村、龙驹镇玉河村") lies outside the first's,
        // and a bare name with no unit noun to take is no village named.
        if (!BARE.test(written) || written.length < 2 || OWN_TOWNSHIP.test(written)) return null;
        const whole = /(村|社区|嘎查)$/.test(written) ? written : `${written}${suffix}`;
        if (!/(村|社区|嘎查)$/.test(whole)) return null;
        regionText = `${township}${whole}`;
      }
      items.push({
        seq: null,
        start: lineStart + offset,
        end: lineStart + offset + written.length,
        regionText,
        title: note,
        warnings: [],
      });
      offset += written.length + 1;
    }
  }
  return items.length ? { items, shared } : null;
}

export function detectNotedVillageLines(
  doc: KeyedText,
  lookup: RegionLookup,
  consumed: ReadonlySet<number>,
): ListDraft[] {
  const lists: ListDraft[] = [];
  let run: { read: LineRead; line: number }[] = [];
  const close = (): void => {
    if (run.length >= 2 && run.some((r) => r.read.shared)) {
      const items = run.flatMap((r) => r.read.items);
      lists.push({
        layout: 'labelled',
        items,
        start: items[0]!.start,
        end: items[items.length - 1]!.end,
        lineIndexes: run.map((r) => r.line),
      });
    }
    run = [];
  };
  for (const line of doc.lines) {
    if (line.trimmed === '') continue;
    const read = consumed.has(line.index)
      ? null
      : readLine(line.raw.slice(line.trimmedStart - line.start), line.trimmedStart, lookup);
    if (!read) {
      close();
      continue;
    }
    run.push({ read, line: line.index });
  }
  close();
  return lists;
}
