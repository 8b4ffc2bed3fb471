/**
 * "…大海阳社区党建带社建“六个一”工作法": a community's method named with a few words of its own
 * before the quoted part. The words belong to the method's title; the place is the community
 * (or village, street) written right before them. Only for a title ending in 工作法, and only a
 * short run of words (2–6) between a place written down to its community, village or street and
 * the quote: longer words, or words of doing, are a clause, not part of a name.
 */
import { placeBefore } from './placed-quotes';
import type { RegionLookup } from './types';

/** Words of the method's own name before its quote. */
const NAME_WORDS = /^[\u4e00-\u9fff]{2,6}$/;
/**
 * Words telling what the unit did with its method, not naming it ("探索形成", "总结提炼的",
 * "创新推行", "依托"): a clause between the place and the quote, the title the quote alone.
 */
const DOING =
  /的$|形成|提炼|总结|探索|推行|打造|实施|推出|开展|创新|建立|构建|采用|运用|推广|首创|独创|通过|依托|借助|利用|凭借|坚持|深化|推进|落实|实行/;
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
  const words = key.slice(place.from + place.text.length, at);
  return prefix === '' || DOING.test(words) ? null : { place, prefix };
}
