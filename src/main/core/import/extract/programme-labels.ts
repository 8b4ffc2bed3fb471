/**
 * "休宁县国家级民主法治示范村海阳镇盐铺村、省级民主法治示范村海阳镇盐铺村、商山镇黄村…",
 * "全国农村社区治理实验区某县、全国…示范某市": a programme's name written straight before the
 * place it was given to, with no separator, perhaps after the county all the places lie in.
 * The name is what the entries after it are listed for (their group), the place is the entry,
 * and the county is where the entries lie.
 */
import type { CategoryDraft } from './drafts';
import type { Piece } from './prose-labels';
import { looksLikePlace } from './place-like';
import { townVillageEntry } from './town-village-entry';
import { toKey } from './text-key';
import type { RegionLookup } from './types';

/** A programme's name: its scope, its words, a 示范/试点/实验 word and the level of unit it names. */
const LABEL =
  /^(?:国家级|省级|市级|县级|全国|全省|全市|全县)?(?:(?![、，。；的等为在被])[\u4e00-\u9fff]){2,16}(?:示范|试点|实验)[\u4e00-\u9fff]{0,2}(?:村|社区|村镇|乡镇|街道|镇|乡|区|县|市|单位)$/;

/**
 * A zone's own name ("毛集实验区", "我市毛集实验区"): a place the town after it lies in, not a
 * programme; a programme's name is longer or says its scope.
 */
const ZONE_NAME = /^(?:[我本该][市县区州])?[\u4e00-\u9fff]{2,4}(?:实验区|试验区|示范区|管理区)$/;

/** No name the pattern admits is longer. */
const LONGEST = 32;

export interface GluedLabel {
  /** The county (or city) written before the programme's name, if any. */
  place: string | null;
  /** The programme's name, as the group of the entries after it. */
  group: CategoryDraft;
  /** The piece from the entry on. */
  rest: Piece;
}

/** Whether the text from `at` on is a place: one the division list reads, or a town and village. */
function placeAt(text: string, lookup: RegionLookup): boolean {
  const hit = lookup.splitPrefix(text, {});
  return (
    (hit !== null && hit.end > 0) ||
    looksLikePlace(text) ||
    townVillageEntry({ text, start: 0 }) !== null
  );
}

export function gluedProgrammeLabel(p: Piece, lookup: RegionLookup): GluedLabel | null {
  const key = toKey(p.text);
  if (!/示范|试点|实验/.test(key)) return null;
  const lead = lookup.splitPrefix(p.text, {});
  const from = lead && /(县|区|市|旗)$/.test(toKey(lead.regionText)) ? lead.end : 0;
  // The shortest name after which a place starts: "…示范村海阳镇盐铺村" ends at 示范村.
  for (let end = from + 4; end < Math.min(key.length - 1, from + LONGEST); end++) {
    const name = key.slice(from, end);
    if (!LABEL.test(name) || ZONE_NAME.test(name)) continue;
    const rest = p.text.slice(end);
    // "对申报某某实验区的A市、B县…": a name closed by 的 is an attribute of the places after
    // it, not a label glued before them (its clause may be the object lead of an assessment).
    if (key[end] === '的' || !placeAt(rest, lookup)) continue;
    return {
      place: from > 0 ? p.text.slice(0, from) : null,
      group: { name: p.text.slice(from, end), stated: null, found: 0, start: p.start + end },
      rest: { text: rest, start: p.start + end, sep: p.sep },
    };
  }
  return null;
}
