/**
 * Gives each extracted record its region codes: the gazetteer resolves the region text
 * with the notice's issue date (names as they were then), the notice's province/city and
 * the record's inherited context, and the previous item (for "武汉市江汉区、武昌区…").
 */
import type { NoticeWarning, RegionNames } from '../../../shared/domain';
import type { RegionQuery } from '../../../shared/method-results';
import type { RegionResolution } from '../gazetteer';
import { normalizeRegionText, resolveRegion, shortForms } from '../gazetteer';
import { regionReference } from './item-reference';
import { provinceInRun } from './province-run';
import { resortsInPlace } from './resort-place';
import { townTitledAfterPlace } from './fused-town-title';
import type { ExtractedNotice, ExtractedRecord } from './extract/types';
import { PROVINCES } from './extract/provinces';

export interface ResolvedRecord {
  record: ExtractedRecord;
  resolution: RegionResolution | null;
}

/**
 * How the gazetteer is asked about an item's region: names as of the notice's date, inside
 * the notice's province and the place the item inherits from its list. A row added by hand
 * (no record given, or one with no inherited place) gets the notice's part only — the
 * import preview asks with the same query while the row is typed, so the code it shows is
 * the code the commit stores.
 */
export function regionQueryFor(notice: ExtractedNotice, r?: ExtractedRecord): RegionQuery {
  const m = notice.metadata;
  const province =
    r?.regionContext?.province ??
    m.province ??
    ownProgrammeProvince(r?.programme ?? m.programme) ??
    undefined;
  const context = [province, r?.regionContext?.city, r?.regionContext?.county]
    .filter(Boolean)
    .join('');
  return { asOf: m.issuedOn ?? m.fileDate ?? null, context: context || null };
}

/**
 * The province a province's own programme is named by (江苏省婚俗改革实验区): its units lie in that
 * province, so a place the notice writes with no province (海州区, a name two provinces carry) is
 * looked for there first. Only the province's full name opening the programme's: a national
 * programme (全国…, 国家…) or one naming a province only inside it places nothing.
 */
function ownProgrammeProvince(programme: string | null | undefined): string | null {
  if (!programme) return null;
  return PROVINCES.find((p) => programme.startsWith(p.name))?.name ?? null;
}

/**
 * Places the reading of the notice already warned about: the same place unresolved again at
 * this step is not said twice, in two wordings, about one row.
 */
function placesWarnedOf(notice: ExtractedNotice): Set<string> {
  const out = new Set<string>();
  for (const w of notice.warnings) {
    if (w.code !== 'region_unresolved') continue;
    for (const t of [w.regionText, ...(w.regionTexts ?? [])]) if (t) out.add(t);
  }
  return out;
}

export function resolveRecords(notice: ExtractedNotice): {
  resolved: ResolvedRecord[];
  warnings: NoticeWarning[];
} {
  const warnings: NoticeWarning[] = [];
  const warnedAlready = placesWarnedOf(notice);
  let previous: RegionResolution | undefined;
  let previousContext: string | null = null;
  const resortInPlace = resortsInPlace();
  const resolved = notice.records.map((record, index): ResolvedRecord => {
    // Entries without a place (e.g. a list of organisations) have nothing to resolve.
    if (!record.regionText) return { record, resolution: null };
    // Names as they were when the notice was issued; a file's own date is closer than today.
    const { asOf, context } = regionQueryFor(notice, record);
    // The item before speaks for this one only inside the same group (same stated context);
    // a row added by hand was typed on its own, not listed after it.
    if (context !== previousContext || record.addedByHand) previous = undefined;
    previousContext = context;
    // A province written short in a run of provinces is that province (河北 after 天津).
    const province = provinceInRun(notice.records, index);
    const inherited = inOwnCounty(
      record,
      province
        ? {
            ...resolveRegion(province, { asOf: asOf ?? undefined }),
            start: 0,
            end: record.regionText.length,
          }
        : resolveRegion(record.regionText, {
            asOf: asOf ?? undefined,
            context: context ?? undefined,
            previous,
          }),
      asOf,
      notice.metadata.province,
    );
    const resort = resortInPlace(record, inherited, asOf);
    const resolution = resort?.resolution ?? inherited;
    if (resolution.regionCode !== null) previous = resolution;
    else if (!warnedAlready.has(record.regionText)) {
      warnings.push({
        code: 'region_unresolved',
        message: `${regionReference(record)}无法确定区划代码${
          resolution.candidates.length > 1 ? `（${resolution.candidates.length} 个候选）` : ''
        }`,
        seq: record.seq,
        regionText: record.regionText,
      });
    }
    const own = resort?.record ?? record;
    return { record: townTitledAfterPlace(own, resolution) ?? own, resolution };
  });
  return { resolved, warnings };
}

/**
 * An entry that names its own county short ("广水十里街道观音村" after "随县…村"): the county the
 * item before gave is only assumed, and when the township is not found there but is found in
 * another county of the same city, written at the head of the entry, that county is its own.
 * Only when the entry really writes that county: a township the data lacks under the inherited
 * county is otherwise no reason to move it (a near name elsewhere in the city is a guess).
 */
function inOwnCounty(
  record: ExtractedRecord,
  inherited: RegionResolution,
  asOf: string | null,
  noticeProvince: string | null,
): RegionResolution {
  const ctx = record.regionContext;
  if (!ctx?.county || !inherited.regionCode || inherited.names?.town || !record.regionText)
    return inherited;
  const wider = [ctx.province ?? noticeProvince, ctx.city].filter(Boolean).join('');
  const own = resolveRegion(record.regionText, {
    asOf: asOf ?? undefined,
    context: wider || undefined,
  });
  const sameCity = own.regionCode?.slice(0, 4) === inherited.regionCode.slice(0, 4);
  return own.regionCode &&
    own.names?.town &&
    sameCity &&
    writesCountyAtHead(record.regionText, own.names)
    ? own
    : inherited;
}

/**
 * Whether `text` (read as the gazetteer reads it: simplified, stray spaces and pinyin gone),
 * after the province and city it may repeat, starts with the county's name.
 */
function writesCountyAtHead(text: string, names: RegionNames): boolean {
  if (!names.county) return false;
  let rest = normalizeRegionText(text).key;
  for (const upper of [names.province, names.city]) {
    if (!upper) continue;
    const form = [upper, ...shortForms(upper)].find((f) => rest.startsWith(f));
    if (form) rest = rest.slice(form.length);
  }
  return [names.county, ...shortForms(names.county)].some((f) => rest.startsWith(f));
}
