/**
 * A county written alone on its line over the towns and villages that lie in it
 * ("宁化县" / "泉上镇谢新村" / "湖村镇龙头村" / "明溪县" / …): the county heads a group, it is
 * not an entry of its own. Read line by line (or joined into one run by a prose reader) the
 * county comes out as one more item; here it is lifted out of the list and handed to the
 * items below it as their county. Only a repeated pattern counts (two such heads at least),
 * and only a bare name with no title: a list of counties, or of zones with their themes,
 * is left alone.
 */
import type { ItemDraft, ListDraft } from './drafts';
import { regionParts } from './region-heuristic';
import { toKey } from './text-key';

/** A county-level name and nothing else: 县, 区, 旗 or a county-level 市. */
function bareCounty(it: ItemDraft): string | null {
  const text = it.regionText;
  if (!text || it.title !== '' || it.unit) return null;
  const key = toKey(text);
  if (!/[县区旗市]$/.test(key) || key.length > 12) return null;
  const parts = regionParts(text);
  if (parts.belowCounty || parts.province || parts.city) return null;
  return text;
}

/** Written below the county with no county of its own: a town, or a town and a village. */
function belowCounty(it: ItemDraft | undefined): boolean {
  return !!it?.regionText && !it.regionContext?.county && regionParts(it.regionText).belowCounty;
}

/** Two items each read in its own province, not the same one: neither heads the other. */
function apart(a: ItemDraft, b: ItemDraft | undefined): boolean {
  const pa = a.regionContext?.province;
  const pb = b?.regionContext?.province;
  return !!pa && !!pb && pa !== pb;
}

/** The list without its county heads; the items under a head read inside that county. */
export function liftCountyHeads(list: ListDraft): ListDraft {
  const heads = list.items
    .map((it, i) =>
      bareCounty(it) && belowCounty(list.items[i + 1]) && !apart(it, list.items[i + 1]) ? i : -1,
    )
    .filter((i) => i >= 0);
  if (heads.length < 2) return list;
  const items: ItemDraft[] = [];
  let county: string | null = null;
  list.items.forEach((it, i) => {
    if (heads.includes(i)) {
      county = it.regionText;
      return;
    }
    if (county && belowCounty(it))
      items.push({ ...it, regionContext: { ...(it.regionContext ?? {}), county } });
    else items.push(it);
  });
  const first = items[0];
  return first ? { ...list, items, start: first.start } : list;
}
