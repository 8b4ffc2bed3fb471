/**
 * "一、最佳志愿服务组织（1个）", "最美志愿服务村（社区）（2个）": a line that heads the entries
 * below it by what they were chosen as and how many, not by where they lie — a city's share of a
 * national list set out group by group. The label is the group's category; its count is checked
 * against the entries read under it. A label that is itself a place is a place's group
 * (counted-group-heading.ts), and a sentence (one with a verb or a stop) heads nothing.
 */
import { parseNumber } from './chinese-numerals';
import { readNumbering } from './numbering';
import { toKey, type Line } from './text-key';
import type { RegionLookup } from './types';

const COUNTED =
  /^(.{3,24}?)\s*[(（]\s*(?:共\s*)?([0-9]+|[一二三四五六七八九十两]+)\s*[个家项名]\s*[)）]\s*[:：]?$/;
/** What a group's label names: an honour's or a list's kind of entry. */
const KIND_NOUN = /(组织|项目|社区|村|单位|集体|案例|品牌|基地|站|中心|团队|队)[)）]?$/;

interface KindGroup {
  name: string;
  stated: number | null;
}

export function kindGroupHeading(line: Line, lookup: RegionLookup): KindGroup | null {
  const n = readNumbering(line.trimmed);
  // Tiers under a group are numbered 1、2、 ("1、五星级…社区（1个）："), groups 一、（一）.
  if (n && n.style !== 'cn' && n.style !== 'cn_paren' && n.style !== 'arabic') return null;
  const raw = line.raw
    .trim()
    .slice(n?.length ?? 0)
    .trim();
  const m = COUNTED.exec(raw);
  if (!m) return null;
  const name = m[1]!.trim();
  const key = toKey(name);
  if (/[，,。；;：:、]/.test(key) || !KIND_NOUN.test(key)) return null;
  if (lookup.splitPrefix(name, {})) return null;
  return { name, stated: parseNumber(m[2] ?? '') };
}
