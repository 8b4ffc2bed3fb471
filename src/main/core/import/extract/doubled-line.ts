/**
 * A line that is one headline written twice over, glued ("喜报!…5个喜报!…5个"), as a page's share
 * or print widget repeats the headline it carries: the headline once. Only an exact doubling of a
 * headline's length (six characters or more): a slogan's repeated word (喜报!喜报!喜报!) is none.
 */
const MIN_HALF = 6;

export function undoubled(text: string): string {
  const t = text.trim();
  if (t.length % 2 !== 0 || t.length < 2 * MIN_HALF) return text;
  const half = t.slice(0, t.length / 2);
  return t === half + half ? half : text;
}
