/**
 * A list of resorts printed one a line, each line its province, a space and the resort named
 * after its place written short ("北京市 密云古北水镇国际休闲旅游度假区", "山西省 晋城太行锡崖沟
 * 旅游度假区"): the ministry's lists of resorts (国家级旅游度假区) are laid out so. The place
 * reader finds a short place glued to more name nowhere (it would eat ordinary words), so such a
 * line read as a place line keeps the province or a stray part of the name. Each line is an
 * entry whose place is the resort's name read inside its province (the gazetteer reads the
 * short place a named establishment opens with there), with no title: the name is the place
 * and the programme's unit word. Only a run of three or more such lines lists; one line is a
 * story's.
 */
import type { ItemDraft, ListDraft } from './drafts';
import { provinceAt, provinceByName } from './provinces';
import type { KeyedText, Line } from './text-key';
import type { RegionLookup } from './types';

/**
 * The corps is listed beside the provinces, its cities under it; the division list holds those
 * cities in the region they lie in, so a resort the corps lists is read inside that region.
 */
const CORPS = '新疆生产建设兵团';
const CORPS_REGION = '新疆维吾尔自治区';
/** The line's province, a space, and a name ending with the resort word. */
const RESORT_LINE = /^(\S{2,10})[\s\u3000]+(\S{2,60}度假区)$/;
const MIN_RUN = 3;

function resortOf(line: Line): { province: string; name: string; at: number } | null {
  const m = RESORT_LINE.exec(line.trimmed);
  if (!m) return null;
  const province = m[1] === CORPS ? CORPS_REGION : provinceByName(m[1]!)?.name;
  if (!province) return null;
  return {
    province,
    name: line.raw.trim().slice(-m[2]!.length),
    at: line.trimmed.length - m[2]!.length,
  };
}

/**
 * The same list run into one sentence after 包括 (…旅游度假区包括：北京密云古北水镇…度假区、山西
 * 晋城…度假区、…。), each resort after its province written full or short (北京, 内蒙古, 广西).
 */
const RUN_OPEN = /(?:包括|分别是|分别为|名单如下)[:：]?/;

/**
 * Whether the resort's name reads as a place inside its province (the short place it opens
 * with); without a lookup that can tell, it is taken to.
 */
function placed(lookup: RegionLookup, name: string, province: string): boolean {
  return !lookup.codeOf || lookup.codeOf(name, { province }) !== null;
}

function resortPieces(line: Line, lookup: RegionLookup): ItemDraft[] {
  const open = RUN_OPEN.exec(line.key);
  if (!open) return [];
  const from = open.index + open[0].length;
  const stop = line.key.indexOf('。', from);
  const body = line.key.slice(from, stop < 0 ? line.key.length : stop);
  const items: ItemDraft[] = [];
  let at = from;
  for (const piece of body.split('、')) {
    const start = at + piece.length - piece.trimStart().length;
    at += piece.length + 1;
    const key = piece.trim();
    if (!/^\S{4,70}度假区$/.test(key)) return [];
    const corps = key.startsWith(CORPS);
    const head = corps ? CORPS.length : (provinceAt(key)?.length ?? 0);
    const province = corps ? CORPS_REGION : provinceAt(key)?.info.name;
    if (!province || key.length - head < 4) return [];
    const named = start + head;
    const nameStart = placed(lookup, key.slice(head), province) ? named : start;
    items.push({
      seq: null,
      start: line.start + nameStart,
      end: line.start + start + key.length,
      regionText: line.raw.slice(nameStart, start + key.length).trim(),
      regionContext: { province },
      title: '',
      warnings: [],
    });
  }
  return items.length >= MIN_RUN ? items : [];
}

export function detectResortLines(
  doc: KeyedText,
  lookup: RegionLookup,
  consumed: ReadonlySet<number>,
): ListDraft[] {
  const lists: ListDraft[] = [];
  let run: { line: Line; province: string; name: string; at: number }[] = [];
  const close = (): void => {
    if (run.length >= MIN_RUN) {
      const items: ItemDraft[] = run.map(({ line, province, name, at }) => {
        // A name that opens with no place of its province (长白山…, 鉴湖…) is the province's.
        const from = placed(lookup, name, province) ? at : 0;
        return {
          seq: null,
          start: line.trimmedStart + from,
          end: line.trimmedStart + line.trimmed.length,
          regionText: from === at ? name : line.raw.trim(),
          regionContext: { province },
          title: '',
          warnings: [],
        };
      });
      lists.push({
        layout: 'labelled',
        items,
        start: items[0]!.start,
        end: items[items.length - 1]!.end,
        lineIndexes: run.map((r) => r.line.index),
      });
    }
    run = [];
  };
  for (const line of doc.lines) {
    if (line.trimmed === '') continue;
    const hit = consumed.has(line.index) ? null : resortOf(line);
    if (hit) {
      run.push({ line, ...hit });
      continue;
    }
    close();
    const pieces = consumed.has(line.index) ? [] : resortPieces(line, lookup);
    if (pieces.length)
      lists.push({
        layout: 'sentence',
        items: pieces,
        start: pieces[0]!.start,
        end: pieces[pieces.length - 1]!.end,
        lineIndexes: [line.index],
      });
  }
  close();
  return lists;
}
