/**
 * "九江市：永修县城、彭泽县城、湖口县城、罗坪镇、天红镇": a county's seat (县城) in a run stands for
 * its county as an entry of its own; it is no label the towns after it lie in. A town written
 * after it with no county of its own lies wherever its city places it (the division data), not in
 * the seat's county, as it would after "某县甲镇、乙镇", where the county is written for the run.
 */
import type { ItemDraft } from './drafts';
import type { KeyedText } from './text-key';

/** 城 right after a county's name, closing it: the county seat (as prose-piece reads it). */
const SEAT_AFTER = /^城(?=$|为|被|等|及|和|入选|获|通过|[^\u4e00-\u9fff])/;

/** The words right before the item, its separator dropped ("…湖口县城、" → "…湖口县城"). */
function before(doc: KeyedText, item: ItemDraft): string {
  return doc.key.slice(Math.max(0, item.start - 12), item.start).replace(/[、，,\s]+$/, '');
}

/**
 * The items, those after a seat no longer read inside the seat's county: the seat itself may be
 * an item or only the words the item's county was taken from.
 */
export function withoutSeatCounties(doc: KeyedText, items: readonly ItemDraft[]): ItemDraft[] {
  let seat: string | null = null;
  return items.map((item) => {
    const county = item.regionContext?.county;
    if (/[县区市旗]/.test(item.regionText ?? '') || !county) {
      seat = null;
      return item;
    }
    const written = before(doc, item);
    if (written.endsWith(`${county}城`) && SEAT_AFTER.test(`城${doc.key[item.start - 1] ?? ''}`))
      seat = county;
    if (seat !== county) return item;
    const { county: _seat, ...rest } = item.regionContext!;
    return { ...item, regionContext: rest };
  });
}
