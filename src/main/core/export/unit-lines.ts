/**
 * A unit's full name in a workbook column, broken between its levels (省 / 市 / 区 / 街道 /
 * 社区…) and never inside one: a spreadsheet wraps Chinese at any character, and at a fixed
 * width 天津市东丽区华新街道华丰家园社区 printed 华丰家园社|区. The column first widens to
 * hold most names on one line; a longer name gets its line breaks where a level ends.
 */
import type { UnitName } from './official-unit';
import { emsPerLine } from './sheet-rows';
import { packSegments } from './text-measure';

/** The unit column's width unless its names need more. */
export const UNIT_WIDTH = 24;
/**
 * Widest the unit column grows: a county's full name with its province and city
 * (内蒙古自治区呼和浩特市赛罕区, 14 characters) on one line; a town or community
 * below it breaks after the county.
 */
export const UNIT_MAX_WIDTH = 31;

/** The name with a line break after the last level each line holds at `width`. */
export function unitLines(unit: UnitName, width: number): string {
  // Segments that do not spell the name (none kept) leave it as it is.
  if (unit.segments.length <= 1 || unit.segments.join('') !== unit.text) return unit.text;
  return packSegments(unit.segments, emsPerLine(width)).join('\n');
}
