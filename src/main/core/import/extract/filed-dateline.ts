/**
 * A dateline naming the outlet and the city it files from before the dated 讯 ("某某搜索郑州9月1日讯"):
 * the name before the place is the outlet, whatever it ends with, when what follows it is only a
 * place. Apart from news-outlet.ts, which reads the datelines whose outlet ends as one does.
 */
import { NOT_OUTLET } from './issuer';
import { toKey, type Line } from './text-key';
import type { RegionContext, RegionLookup } from './types';

/**
 * Whether a name is only places ("呼和浩特", "东莞长安", "湖北武汉", "某市"): the city a story is
 * filed from or a page's local edition, never its outlet.
 */
export function onlyPlaces(name: string, lookup: RegionLookup): boolean {
  const key = toKey(name);
  let at = 0;
  let ctx: RegionContext = {};
  while (at < key.length) {
    let cut = 0;
    for (let end = key.length; end >= at + 2 && !cut; end--)
      if (lookup.splitPrefix(key.slice(at, end), ctx)?.end === end - at) cut = end;
    if (!cut) return false;
    // The next place is read inside this one ("东莞长安": a town of 东莞).
    ctx = { city: key.slice(at, cut) };
    at = cut;
  }
  return true;
}

const FILED_FROM = /^([\u4e00-\u9fff]{4,12})[0-9]{1,2}月[0-9]{1,2}日讯/;
/**
 * A reporter's desk or a telling word before the place (首席记者郑州…, 通讯员…, 据了解…, 记者获悉…):
 * who files or how it is heard, never the outlet's name.
 */
const NOT_OUTLET_WORDS = /记者|通讯员|实习生|获悉|了解|据悉|^据/;

/** The outlet of a dateline filed from a place, as written, if `accept` takes its name. */
export function filedFrom(
  line: Line,
  lookup: RegionLookup,
  accept: (name: string) => string | null,
): string | null {
  const words = FILED_FROM.exec(line.key.trim())?.[1];
  if (!words) return null;
  // The place is the last two to four characters; the outlet, all before it.
  for (let cut = words.length - 2; cut >= Math.max(2, words.length - 4); cut--) {
    const name = words.slice(0, cut);
    if (!onlyPlaces(words.slice(cut), lookup)) continue;
    if (
      NOT_OUTLET.test(name) ||
      NOT_OUTLET_WORDS.test(name) ||
      onlyPlaces(name, lookup) ||
      !accept(name)
    )
      return null;
    const at = line.key.indexOf(name);
    return at < 0 ? null : line.raw.slice(at, at + name.length);
  }
  return null;
}
