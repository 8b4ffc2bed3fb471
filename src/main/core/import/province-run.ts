/**
 * A province written short in a run of provinces ("北京、天津、河北、内蒙古…", "山东、河南、湖北"):
 * the run names provinces one after another, so a short name that is also a county's or a
 * prefecture's (河北 for 天津市河北区, 河南 for 河南蒙古族自治县, 海南 for 海南藏族自治州) is the
 * province there, and the province before it (天津) places nothing inside itself. Only where an
 * item next to it in the same list is a province written whole and alone, and the item inherits
 * no city or county: a run of a city's districts (天津市：河东、河西、河北) or of a province's
 * prefectures (海东、海南、海北) is left to the gazetteer.
 */
import type { RegionResolution } from '../gazetteer';
import { resolveRegion } from '../gazetteer';
import type { ExtractedRecord } from './extract/types';

type Resolve = (text: string) => RegionResolution;

/** The province a text names whole, read alone: 天津, 辽宁省, 内蒙古 (null for anything else). */
function wholeProvince(text: string, resolve: Resolve): string | null {
  const res = resolve(text);
  const whole = res.start === 0 && res.end === text.length;
  return whole && res.level === 'province' ? res.regionCode : null;
}

/**
 * The province among a short name's readings (河北: 天津市河北区 or 河北省), when there is one; a
 * name that is a province alone (陕西) is that province, whatever the item before would scope.
 */
function provinceReading(text: string, resolve: Resolve): string | null {
  const res = resolve(text);
  if (res.level === 'province')
    return res.start === 0 && res.end === text.length ? res.names.province : null;
  const provinces = res.candidates.filter((c) => /^[1-9][0-9]0000$/.test(c.code));
  return provinces.length === 1 ? (provinces[0]!.names.province ?? null) : null;
}

/**
 * Two items of one group: the same city and county inherited. The province inherited is not
 * compared: a run of provinces passes the one before on to the next (陕西 after 四川 inherits 四川),
 * which is the very reading this corrects.
 */
function sameGroup(a: ExtractedRecord, b: ExtractedRecord): boolean {
  const x = a.regionContext;
  const y = b.regionContext;
  return x?.city === y?.city && x?.county === y?.county;
}

/**
 * The full name of the province the item at `index` names in a run of provinces (河北 → 河北省),
 * or null where the item is not such a short name or stands in no run of provinces.
 */
export function provinceInRun(
  records: readonly ExtractedRecord[],
  index: number,
  resolve: Resolve = (text) => resolveRegion(text),
): string | null {
  const record = records[index];
  const text = record?.regionText?.trim();
  if (!record || !text || record.regionContext?.city || record.regionContext?.county) return null;
  const province = provinceReading(text, resolve);
  if (!province) return null;
  const near = (at: number): string | null => {
    const r = records[at];
    return r?.regionText && sameGroup(r, record)
      ? wholeProvince(r.regionText.trim(), resolve)
      : null;
  };
  if (!near(index - 1) && !near(index + 1)) return null;
  // A province holding the name's other reading (天津 holding 河北区, 青海 holding 海南州) heads
  // its own units as often as it stands in a run of provinces ("青海省、海南、海北"): the run
  // needs a province near the name that holds no such reading (北京 in 北京、天津、河北).
  const holders = new Set(
    resolve(text)
      .candidates.filter((c) => !/^[1-9][0-9]0000$/.test(c.code))
      .map((c) => c.code.slice(0, 2)),
  );
  const unrelated = [index - 2, index - 1, index + 1, index + 2]
    .map(near)
    .some((code) => !!code && !holders.has(code.slice(0, 2)));
  return unrelated ? province : null;
}
