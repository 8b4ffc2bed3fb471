/**
 * "一、最佳志愿服务组织（1个）", "最美志愿服务村（社区）（2个）": a line that heads the entries
 * below it by what they were chosen as and how many, not by where they lie — a city's share of a
 * national list set out group by group. The label is the group's category; its count is checked
 * against the entries read under it. A label that is itself a place is a place's group
 * (counted-group-heading.ts), and a sentence (one with a verb or a stop) heads nothing.
 *
 * A grade heads its entries the same way, counted or not ("一级馆(某市部分)", "优秀等次"):
 * the result of a grading sets its units out grade by grade, and the grade is the group.
 */
import { parseNumber } from './chinese-numerals';
import { readNumbering } from './numbering';
import { toKey, type Line } from './text-key';
import type { RegionLookup } from './types';

const COUNTED =
  /^(.{3,24}?)\s*[(（]\s*(?:共\s*)?([0-9]+|[一二三四五六七八九十两]+)\s*[个家项名]\s*[)）]\s*[:：]?$/;
/** What a group's label names: an honour's or a list's kind of entry. */
const KIND_NOUN = /(组织|项目|社区|村|单位|集体|案例|品牌|基地|站|馆|中心|团队|队)[)）]?$/;
/** A grade a check gives (特级, 一级, 优秀…), alone or with its kind of unit after it. */
// A failing grade (不合格) sets out no units the notice recognises: it heads no group.
const GRADE = /^(?:特级|[一二三四五]级|[一二三]等|优秀|良好|基本合格|合格)/;
/** A line that is only a label, a bracketed note without a count after it ("(某市部分)"). */
const NOTED = /^(.{2,16}?)\s*(?:[(（][^()（）0-9０-９]{1,12}[)）])?\s*[:：]?$/;

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
  const m = COUNTED.exec(raw) ?? gradeLabel(raw);
  if (!m) return null;
  const name = m[1]!.trim();
  const key = toKey(name);
  if (/[，,。；;：:、]/.test(key) || !KIND_NOUN.test(key)) return null;
  if (lookup.splitPrefix(name, {}) && !BARE_KIND_OF_VILLAGE.test(key)) return null;
  return { name, stated: m[2] ? parseNumber(m[2]) : null };
}

/**
 * "二、文明村(31个)": a counted label that is a kind of village or community written alone, no
 * township or county before it. The division list takes any "某村" for a village, but a
 * village holds no units to list under it, so the label is the honour's kind.
 */
// The place words are looked for before the noun only: 社区 itself ends in 区 ("文明社区").
const BARE_KIND_OF_VILLAGE = /^(?:(?!省|市|县|区|旗|镇|乡|街道)[\u4e00-\u9fff]){1,4}(?:村|社区)$/;

/** A counted kind group heading whose label the division list would read as a village. */
export function villageLikeKindHeading(line: Line, lookup: RegionLookup): KindGroup | null {
  const kind = kindGroupHeading(line, lookup);
  return kind && kind.stated !== null && BARE_KIND_OF_VILLAGE.test(toKey(kind.name)) ? kind : null;
}

/** A grade's label with no count ("一级馆(某市部分)"), as COUNTED's match without its count. */
function gradeLabel(raw: string): RegExpExecArray | null {
  const m = NOTED.exec(raw);
  return m && GRADE.test(toKey(m[1]!.trim())) ? m : null;
}
