/**
 * Organisations one a line under a line holding only a province or a city ("某省" over
 * "某省某某协会" / "某市某某商会" / "某某学院"), as a one-column table or a pasted list sets
 * them out with no heading that announces them. The bare place is no entry: it heads the
 * lines under it until the next such line, and a name that opens with no place of its own
 * lies there. What makes the run a list is its shape: the place line is followed by two names
 * at least, each ending in the noun of an organisation or a facility.
 */
import { LabelledRuns, type ItemDraft, type ListDraft } from './drafts';
import { namedBodyOf, shortPlaceOfBody } from './place-lines';
import { provinceAt } from './provinces';
import { regionParts } from './region-heuristic';
import type { KeyedText, Line } from './text-key';
import type { RegionContext, RegionLookup } from './types';

/** A line that is only a date: the organisation above it signs the notice. */
const DATE_ONLY = /^(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[-./]\d{1,2}[-./]\d{1,2})$/;
/** The level words of a province or a city: what a heading place ends with. */
const WIDE_LEVEL = /(?:省|市|自治区|州|盟|地区)$/;

export interface Head {
  place: string;
  context: RegionContext;
}

/** The province or city a whole line names and nothing else, or null. */
function headOf(line: Line, lookup: RegionLookup): Head | null {
  return wideHead(line.raw.trim(), line.trimmed, lookup);
}

/** The province or city `raw` (its key `t`) names and nothing else, or null. */
export function wideHead(raw: string, t: string, lookup: RegionLookup): Head | null {
  if (t.length < 2 || t.length > 10 || !WIDE_LEVEL.test(t)) return null;
  if (lookup.splitPrefix(raw, {})?.end !== raw.length) return null;
  const parts = regionParts(raw);
  if (parts.county || parts.countyOnly || parts.belowCounty) return null;
  if (provinceAt(t)?.length === t.length) return { place: raw, context: { province: raw } };
  const province = lookup.provinceOf?.(raw) ?? null;
  if (!province) return null;
  return { place: raw, context: { province, city: raw } };
}

/**
 * The entry a unit's line makes under `head`: at the place its name opens with (`own`), else at
 * the short place it opens with inside the heading's province, else at the heading's place.
 */
export function entryUnder(
  line: Line,
  unit: string,
  own: string | null,
  head: Head,
  lookup: RegionLookup,
): ItemDraft {
  const place = own ?? shortPlaceOfBody(unit, lookup, head.context.province ?? null) ?? head.place;
  return {
    seq: null,
    start: line.trimmedStart,
    end: line.end,
    regionText: place,
    regionContext: head.context,
    unit,
    title: '',
    warnings: [],
  };
}

/** The entry a named body's line makes under `head`. */
function entryOf(line: Line, head: Head, lookup: RegionLookup): ItemDraft | null {
  const body = namedBodyOf(line, lookup);
  return body ? entryUnder(line, body.unit, body.place ?? null, head, lookup) : null;
}

export function detectHeadedBodies(
  doc: KeyedText,
  lookup: RegionLookup,
  consumed: ReadonlySet<number>,
): ListDraft[] {
  const run = new LabelledRuns();
  const filled = doc.lines.filter((l) => l.trimmed !== '');
  let head: Head | null = null;
  filled.forEach((line, k) => {
    if (consumed.has(line.index)) {
      head = null;
      return run.close();
    }
    const next = filled.slice(k + 1, k + 3).filter((l) => !consumed.has(l.index));
    const place = headOf(line, lookup);
    // A new heading needs two names under it; the run goes on under it.
    if (place && next.length === 2 && next.every((l) => namedBodyOf(l, lookup))) {
      head = place;
      run.lines.push(line.index);
      return;
    }
    // An organisation's line right above a date signs the notice.
    const signs = DATE_ONLY.test(filled[k + 1]?.trimmed ?? '');
    const entry = head && !signs ? entryOf(line, head, lookup) : null;
    if (!entry) {
      head = null;
      return run.close();
    }
    run.items.push(entry);
    run.lines.push(line.index);
  });
  run.close();
  return run.lists;
}
