/**
 * "…大海阳社区党建带社建“六个一”工作法": a community's method named with a few words of its own
 * before the quoted part. The words belong to the method's title; the place is the community
 * (or village, street) written right before them. Only for a title ending in 工作法, and only a
 * short run of words (2–6) between a place written down to its community, village or street and
 * the quote: longer words are a clause, not part of a name.
 */
import { placeBefore } from './placed-quotes';
import type { RegionLookup } from './types';

/** Words of the method's own name before its quote. */
const NAME_WORDS = /^[\u4e00-\u9fff]{2,6}$/;
/** A place written down to the unit that owns a method. */
const OWNER = /(?:社区|村|居委会|街道)$/;

export function methodNamePlace(
  key: string,
  raw: string,
  at: number,
  lookup: RegionLookup,
): { place: { text: string; from: number }; prefix: string } | null {
  const place = placeBefore(key, raw, at, lookup, NAME_WORDS);
  if (!place || !OWNER.test(key.slice(place.from, place.from + place.text.length))) return null;
  const prefix = raw.slice(place.from + place.text.length, at);
  return prefix === '' ? null : { place, prefix };
}
