/**
 * A township's facility in a run of entries ("A镇社工站、B镇社工站两个试点社工站进行…"): the
 * station lies in its township, so the run is read as a run of townships; so is a line of them
 * under their county's label ("潮安区：庵埠镇文化服务中心、…").
 */
import { FACILITY_NAMES } from './facility-nouns';
import { classifyRest } from './place-rest';
import type { PieceInput, PlacePiece } from './place-piece';
import type { PlaceName } from './place-names';
import { toKey } from './text-key';

/** A township's facility at the start of a piece ("夕佳山镇社工站…"): the township, then the noun. */
const TOWN_FACILITY = new RegExp(
  `^((?:(?![等的被入评共个以对])[\\u4e00-\\u9fff]){1,8}?(?:镇|乡|街道|苏木))(?:${FACILITY_NAMES})`,
);

/** The township a facility's name starts with ("四面山镇社工站" → 四面山镇), or null. */
export function facilityTown(text: string): string | null {
  const m = TOWN_FACILITY.exec(toKey(text).trim());
  return m && m[0].length === toKey(text).trim().length ? m[1]! : null;
}

/**
 * A township's facility followed by the words that close a run as entries ("…、夕佳山镇社工站
 * 两个试点社工站进行…"): the last entry of the run, placed at its township; the words after the
 * facility's noun are its rest.
 */
export function townFacilityEntry(p: { text: string; start: number }): PlacePiece | null {
  const key = toKey(p.text);
  const lead = key.length - key.trimStart().length;
  const m = TOWN_FACILITY.exec(key.slice(lead));
  if (!m) return null;
  const kind = classifyRest(key.slice(lead + m[0].length));
  if (kind.rest !== 'member' && kind.rest !== 'count') return null;
  const end = p.start + lead + m[1]!.length;
  return {
    ...kind,
    regionText: m[1]!,
    start: p.start + lead,
    end,
    restAt: p.start + lead + m[0].length,
  };
}

/**
 * A township's facility written as a whole entry under its county's label ("潮安区：庵埠镇文化
 * 服务中心、彩塘镇文化服务中心"): the station is graded for its township, so the entry is the
 * township, placed by the label; the facility's noun is the township's own station, no title.
 */
export function facilityTownName(p: PieceInput): PlaceName | null {
  const text = p.text.trim();
  const town = facilityTown(text);
  if (!town) return null;
  const at = p.start + p.text.indexOf(text);
  return { regionText: text.slice(0, town.length), start: at, end: at + town.length };
}
