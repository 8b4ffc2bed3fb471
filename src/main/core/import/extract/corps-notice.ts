/**
 * A notice about the Xinjiang Production and Construction Corps (兵团3个团场获评…, 新疆生产建设兵团
 * …名单): the corps' own papers write a division by its bare number (五师八十七团, 十三师红星四场),
 * which elsewhere is no place (一师 is a teacher). Where a heading of the notice names the corps, a
 * text that opens with a bare division number and reads as no place is read again inside the
 * corps; every other reading stays as it was.
 */
import { isContextHeading } from './list-context';
import { toKey, type KeyedText } from './text-key';
import type { ExtractedRecord, RegionContext, RegionLookup } from './types';

const CORPS = /(?:新疆生产建设|新疆)?兵团/;
const BARE_DIVISION = /^[一二三四五六七八九十]{1,3}师/;
const IN_CORPS: RegionContext = { province: '新疆生产建设兵团' };

/** Whether a heading of the notice (its title, a list's heading) names the corps. */
export function namesCorps(doc: KeyedText): boolean {
  return doc.lines.some((l) => l.trimmed !== '' && isContextHeading(l) && CORPS.test(l.key));
}

/** The lookup the list readers use in a notice about the corps. */
export function inCorpsNotice(lookup: RegionLookup): RegionLookup {
  return {
    ...lookup,
    splitPrefix: (text, ctx) =>
      lookup.splitPrefix(text, ctx) ??
      (BARE_DIVISION.test(toKey(text).trimStart()) ? lookup.splitPrefix(text, IN_CORPS) : null),
  };
}

/**
 * The records of a notice about the corps written by a bare division number (五师八十七团) are
 * the corps': they carry it as their province, whichever reader found them, so resolving them
 * reads the number as the corps' division (a record placed in a province keeps it).
 */
export function placedInCorps(records: ExtractedRecord[]): ExtractedRecord[] {
  return records.map((r) =>
    r.regionText &&
    !r.regionContext?.province &&
    BARE_DIVISION.test(toKey(r.regionText).trimStart())
      ? { ...r, regionContext: { ...r.regionContext, ...IN_CORPS } }
      : r,
  );
}
