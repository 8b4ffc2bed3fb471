/**
 * A list printed one name a line under province lines ("…名单" over "河北省", "邯郸市武安市",
 * "石家庄市平山县", "山西省", …): a line holding only a province-level name heads the entries
 * below it, as a label with its colon does, and is no entry itself. A municipality's line is
 * the same heading ("北京市" over "昌平区", "门头沟区"; "天津市" over "和平区"), its districts
 * written bare on the next lines, so that a district whose name other cities share is read in
 * it. Under such a heading a unit whose name ends like a division the division list does not
 * know (a new town, a management zone: "中新天津生态城", "长白山管委会池南区") is still an
 * entry, placed at the heading's province.
 */
import { ANNOUNCES } from './place-lines';
import type { PieceInput, PlacePiece } from './place-piece';
import { provinceByName } from './provinces';
import { toKey, type KeyedText, type Line } from './text-key';

/** A line that is a single name: no separators, no sentence. */
const NAME_LINE = /^[\u4e00-\u9fff（）()]{2,30}$/;

function filledLine(doc: KeyedText, from: number, step: 1 | -1): Line | null {
  for (let i = from + step; i >= 0 && i < doc.lines.length; i += step) {
    const l = doc.lines[i]!;
    if (l.trimmed !== '') return l;
  }
  return null;
}

/**
 * The province a line heads, when it holds only a province-level name, the next line is one
 * name below it (not another province: provinces listed one a line are entries), and the line
 * before announces a list or is the list's own last entry (`listLine`).
 */
export function provinceHeading(
  doc: KeyedText,
  line: Line,
  listLine: (index: number) => boolean,
): string | null {
  const province = provinceByName(line.trimmed);
  if (!province) return null;
  const next = filledLine(doc, line.index, 1);
  if (!next || !NAME_LINE.test(next.trimmed) || provinceByName(next.trimmed)) return null;
  const before = filledLine(doc, line.index, -1);
  if (!before || !(ANNOUNCES.test(before.trimmed) || listLine(before.index))) return null;
  return line.raw.trim();
}

/** How a unit's name ends when it is a division-like area the division list may not hold. */
const AREA_END = /(?:新区|新城|生态城|管委会|管理区|开发区|园区|林区|[区县市旗])$/;

/**
 * The entry a whole line makes under a province heading when the place reader found no place
 * in it: a name ending like a division, at the heading's province; null for anything else (a
 * name cut short, a line of prose).
 */
export function unlistedArea(piece: PieceInput, province: string): PlacePiece | null {
  const text = piece.text.trim();
  const key = toKey(text);
  if (key.length < 4 || key.length > 20 || !NAME_LINE.test(key) || !AREA_END.test(key)) return null;
  const start = piece.start + piece.text.indexOf(text);
  const end = start + text.length;
  return { regionText: province, start, end, restAt: end, rest: 'none', unit: text };
}
