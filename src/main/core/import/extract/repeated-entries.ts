/**
 * A place named twice in one list (a photo caption under it, a headline's short form above a
 * line naming it in full): one entry mentioned twice, not two.
 */
import type { ItemDraft, ListDraft } from './drafts';
import { same, shortened } from './same-place';
import { comparable, type KeyedText } from './text-key';

/**
 * A place named again further down the same list, with nothing of its own (a photo caption
 * under a list, "郫都区唐昌街道战旗村" after "成都市郫都区唐昌街道战旗村"), is the same entry
 * mentioned twice, not one more.
 */
export function dropRepeats(doc: KeyedText, list: ListDraft): ListDraft {
  // Only a shorter form of an earlier entry: the same name written in full twice may be two
  // units under two group headings ("友谊社区" in two districts).
  // Two bodies named apart ("某市某公园驿站", "某某火车站驿站") are two entries at one place, and
  // a unit listed by its own name (a branch, an association at its city) is no shorter form.
  const repeats = (o: ItemDraft, it: ItemDraft): boolean =>
    o.title === '' &&
    it.unit === o.unit &&
    (!it.regionContext?.county || it.regionContext.county === o.regionContext?.county) &&
    (o.regionText?.length ?? 0) > (it.regionText?.length ?? 0) &&
    same(o.regionText, it.regionText);
  const items = list.items.filter(
    (it, i) =>
      it.title !== '' ||
      (!list.items.slice(0, i).some((o) => repeats(o, it)) &&
        !list.items.slice(i + 1).some((o) => namedInFull(doc, it, o))),
  );
  return items.length === list.items.length ? list : { ...list, items };
}

/**
 * "禹城市老城社区" in a headline or a lead, "禹城市某某办事处老城社区" in a line below: the
 * later line names the unit in full, its street or township between the county and the unit,
 * and the short form is that unit, no second one. Two full names in the body that differ in
 * the township ("某县甲镇新村", "某县乙镇新村") are no short form of each other.
 */
function namedInFull(doc: KeyedText, short: ItemDraft, full: ItemDraft): boolean {
  const x = comparable(short.regionText ?? '');
  const y = comparable(full.regionText ?? '');
  return (
    full.title === '' &&
    short.unit === full.unit &&
    x.length < y.length &&
    shortened(x, y) &&
    (!short.regionContext?.county || short.regionContext.county === full.regionContext?.county) &&
    doc.text.slice(short.start, full.start).includes('\n')
  );
}
