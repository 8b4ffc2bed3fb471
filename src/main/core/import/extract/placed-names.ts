/**
 * "最终某市某区某街道甲社区多彩童年公益众筹、某市某区乙社区的邻里互助联盟等10个项目获得一等奖":
 * projects named without quotation marks, each right after the community or village that runs
 * it, before a count that says they are projects (or cases) and a verb that honours them. Each
 * is an entry: the place as the division list reads it, the words after it (past a 的) its
 * title. Every named piece must open with such a place and go on with a name, or the sentence
 * is left to the readers of places.
 */
import { CHINESE_NUMERAL_CHARS, parseNumber } from './chinese-numerals';
import type { ItemDraft, ListDraft } from './drafts';
import type { KeyedText } from './text-key';
import type { RegionLookup } from './types';

/** The count that closes the names, what they are, and the verb that honours them. */
const COUNTED = new RegExp(
  `等\\s*([0-9]+|[${CHINESE_NUMERAL_CHARS}]+)\\s*个\\s*(?:项目|案例)\\s*(?:获得|荣获|获评|被评为|入选)`,
  'g',
);
/** Where the clause holding the names opens. */
const CLAUSE_OPEN = ['，', ',', '。', '；', ';', '：', ':', '！', '？'];
/** Words a clause may open with before its first name ("最终", "其中"). */
const LEAD_WORDS = 4;
/** The place must be a community or village (or their street or town) for the name to follow. */
const UNIT_END = /(?:社区|村|街道|镇|乡)$/;
/** A project's name: Chinese words, perhaps with a dash or a plus, no count of its own. */
const NAME = /^(?![0-9一二两三四五六七八九十]+个)[\u4e00-\u9fff][\u4e00-\u9fff—+·]{2,29}$/;

function pieceOf(
  raw: string,
  start: number,
  lookup: RegionLookup,
  skip: number,
): { place: string; title: string; from: number } | null {
  for (let s = 0; s <= skip && s < raw.length - 4; s++) {
    const hit = lookup.splitPrefix(raw.slice(s), {});
    if (!hit || hit.end < 3) continue;
    const place = raw.slice(s, s + hit.end);
    if (!UNIT_END.test(place)) continue;
    const title = raw.slice(s + hit.end).replace(/^的/, '');
    if (!NAME.test(title)) return null;
    return { place, title, from: start + s };
  }
  return null;
}

export function detectPlacedNames(
  doc: KeyedText,
  lookup: RegionLookup,
  consumed: ReadonlySet<number>,
): ListDraft[] {
  const lists: ListDraft[] = [];
  for (const line of doc.lines) {
    if (consumed.has(line.index)) continue;
    for (const m of line.key.matchAll(COUNTED)) {
      const at = m.index ?? 0;
      const stated = parseNumber(m[1] ?? '');
      const open = Math.max(0, ...CLAUSE_OPEN.map((c) => line.key.lastIndexOf(c, at - 1) + 1));
      const pieces = line.raw.slice(open, at).split('、');
      if (stated === null || pieces.length > stated) continue;
      const items: ItemDraft[] = [];
      let from = open;
      for (const [i, piece] of pieces.entries()) {
        const read = pieceOf(piece, from, lookup, i === 0 ? LEAD_WORDS : 0);
        from += piece.length + 1;
        if (!read) break;
        items.push({
          seq: null,
          start: line.start + read.from,
          end: line.start + from - 1,
          regionText: read.place,
          title: read.title,
          warnings: [],
        });
      }
      const first = items[0];
      const last = items[items.length - 1];
      if (items.length !== pieces.length || !first || !last) continue;
      lists.push({
        layout: 'sentence',
        items,
        start: first.start,
        end: last.end,
        lineIndexes: [line.index],
      });
    }
  }
  return lists;
}
