/**
 * A programme written as the words of who awards it, then the honour's own name in quotes: a
 * city's news writes 联合国“千年古县” (the UN's place-name experts award it) for the list's
 * 千年古县, a paper 中国地名文化遗产“千年古县”. The quoted name is the programme; the words before
 * it name its sponsor or collection. A place's scope before the quotes (浙江省“千年古镇”, 省级“…”)
 * makes it that place's own programme, never the one written bare; so does a province written
 * by its short name (浙江“千年古镇”, as headlines write it).
 */
import { PROVINCES } from '../import/extract/provinces';

/** A name ending in a quoted name of four characters or more, and the words before it. */
const QUOTED_END = /^(.*?)[“"「『]([^“”"「」『』]{4,})[”"」』]$/u;

/** A level of division among the words before the quotes: a place's own programme. */
const SCOPE = /[省市县区州盟旗]/u;

/** A province named among the words before the quotes, by its short name (浙江, 内蒙古). */
const namesProvince = (words: string): boolean => PROVINCES.some((p) => words.includes(p.short));

const squeeze = (s: string) => s.normalize('NFKC').replace(/[\s\u3000]/g, '');

/** The quoted name a programme is written with after its sponsor's words, or null. */
export function quotedProgramme(name: string | null): string | null {
  if (!name) return null;
  const m = QUOTED_END.exec(squeeze(name));
  if (!m || SCOPE.test(m[1]!) || namesProvince(m[1]!)) return null;
  return m[2]!;
}

/** The programme's own name: the quoted one, else the name as written (spaces and widths folded). */
export const ownProgrammeName = (name: string): string => quotedProgramme(name) ?? squeeze(name);

/**
 * Two names of one programme that differ in the sponsor's words before its quoted name (or one
 * gives none): 联合国“千年古县” and 千年古县, 中国地名文化遗产“千年古县” and 联合国“千年古县”.
 */
export function sameQuotedProgramme(a: string | null, b: string | null): boolean {
  if (!a || !b || a === b) return false;
  if (quotedProgramme(a) === null && quotedProgramme(b) === null) return false;
  return ownProgrammeName(a) === ownProgrammeName(b);
}
