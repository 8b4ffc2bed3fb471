/**
 * "…11个示范村全部达标。红古区、永登县为全省示范村建设优秀县区，榆中县、皋兰县…为良好县区":
 * after a notice's entries below county level, a clause that grades the counties those
 * entries lie in appraises how the counties ran the work. The counties are no entries of
 * the list; only a place not already the county of an entry could be one.
 */
import { toKey, type KeyedText } from './text-key';
import type { ExtractedRecord } from './types';

/** A county-level place written alone ("红古区", "兰州新区"), nothing below it. */
const COUNTY_ALONE = /^[\u4e00-\u9fff]{1,8}(县|区|市|旗)$/;
/**
 * The rest of the clause grades the places it names as organisers ("…为全省…优秀县区"), not
 * as members of a list ("…为全国优秀社区工作法").
 */
const GRADED =
  /^[^。；;，,]{0,40}?为[^。；;，,]{0,30}?(优秀|良好|合格|先进|达标)[^。；;，,]{0,6}?(县区|区县|县市区|县（市、区）|县\(市、区\)|单位)/;

export function withoutGradedHeads(doc: KeyedText, records: ExtractedRecord[]): ExtractedRecord[] {
  // Keys, so a county written in traditional characters (紅古區) is one too.
  const texts = records.map((r) => toKey(r.regionText ?? ''));
  return records.filter((r) => {
    const own = toKey(r.regionText ?? '');
    if (!COUNTY_ALONE.test(own)) return true;
    const heads = texts.some((t) => t.length > own.length && t.startsWith(own));
    return !(heads && GRADED.test(doc.key.slice(r.span.end)));
  });
}
