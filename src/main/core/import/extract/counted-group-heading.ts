/**
 * A group label with its count on a line of its own ("南陵县（2个）", "一、北京市（3个）"): the
 * place heads the entries on the lines below it, and the count is checked against them.
 */
import { parseNumber } from './chinese-numerals';
import type { Numbering } from './numbering';
import { labelContext } from './prose-labels';
import type { Building } from './sentence-building';
import type { Line } from './text-key';
import type { RegionContext, RegionLookup } from './types';

const GROUP_LABEL = /^(.+?)\s*[(（]\s*共?\s*([0-9]+|[一二三四五六七八九十]+)\s*个\s*[)）]\s*$/;

/** The place a line heads with its count, when the whole label is that place. */
export function countedGroupHeading(
  line: Line,
  numbering: Numbering | null,
  lookup: RegionLookup,
): { regionText: string; stated: number | null } | null {
  // A section number before the label ("一、北京市（3个）") numbers the group, not an entry.
  const lead = numbering && /^cn/.test(numbering.style) ? numbering.length : 0;
  const group = GROUP_LABEL.exec(line.key.trim().slice(lead));
  if (!group) return null;
  const label = group[1] ?? '';
  const region = lookup.splitPrefix(line.raw.trim().slice(lead, lead + label.length), {});
  if (!region || region.end !== label.length) return null;
  return { regionText: region.regionText, stated: parseNumber(group[2] ?? '') };
}

/**
 * The context of a counted group's items ("溧阳市（1个）" then "武进区（5个）"): the groups are
 * siblings, a later one starts from what held before the first, never inside an earlier one.
 * That base is kept on the open building, or returned while none is open yet.
 */
export function siblingGroupContext(
  current: Building | null,
  base: RegionContext | undefined,
  ctx: RegionContext,
  label: string,
): { ctx: RegionContext; base: RegionContext | undefined } {
  if (current?.groupBase === undefined) {
    if (current) current.groupBase = ctx;
    else base = ctx;
  }
  return { ctx: labelContext(label, current?.groupBase ?? base ?? ctx), base };
}
