/**
 * The same unit named twice in one notice, for one programme and with no different title
 * ("确认哈尔滨市南岗区…。目前已有哈尔滨市道里区、南岗区…"), is one record: the first
 * mention is kept, and an outcome stated at either holds for it.
 */
import { comparable } from './text-key';
import { zoneBesideCounty } from './zone-beside-county';
import type { ExtractedRecord, RegionContext, RegionLookup } from './types';

/** What the notice gives to place its records by: its province and the division list. */
export interface PlacingFrame {
  province: string | null;
  lookup?: RegionLookup;
}

/**
 * The county a record without a title or a body of its own names, as the division list places
 * it in the record's context; null for a city or a province (a notice may list several bodies
 * of one city as bare places), for a place below a county, and when the list cannot place it.
 */
function countyCodeOf(r: ExtractedRecord, frame: PlacingFrame): string | null {
  if (!frame.lookup?.codeOf || !r.regionText || r.unit || comparable(r.title) !== '') return null;
  const ctx: RegionContext = {
    ...(frame.province ? { province: frame.province } : {}),
    ...r.regionContext,
  };
  // Only a place the list reads whole: a village it does not know ("某县老王庄") would take
  // its county's code, as would every other village of the county.
  // A township or village the list places only in its county is no county either.
  const read = frame.lookup.splitPrefix(r.regionText, ctx);
  if (read?.end !== r.regionText.length || BELOW_COUNTY_END.test(r.regionText)) return null;
  const code = frame.lookup.codeOf(r.regionText, ctx);
  return code && /^[0-9]{4}(?!00)[0-9]{2}$/.test(code) ? code : null;
}

/** A unit's project named after it: the words after the unit, no place of their own. */
const UNITS_PROJECT = /(?<=(?:社区|村|街道|镇|乡))项目$/;

const BELOW_COUNTY_END = /(?:镇|乡|街道|苏木|办事处|村|社区|嘎查|居委会|组|屯)$/;

export function oneRecordPerUnit(
  records: ExtractedRecord[],
  frame: PlacingFrame,
): ExtractedRecord[] {
  const seen = new Map<string, ExtractedRecord>();
  const codes = new Map<ExtractedRecord, string | null>();
  const out: ExtractedRecord[] = [];
  for (const r of records) {
    if (!r.regionText) {
      out.push(r);
      continue;
    }
    // Two groups may each hold a 长青路社区: the inherited county keeps them apart. A row
    // whose place the gazetteer reads only to its county ("长治县" of 长治县八义镇张家沟村)
    // is told apart from its neighbours by the whole unit.
    const c = r.regionContext;
    // A heading over a unit's progress names its project ("上城始版桥社区项目"): the same unit.
    const place = comparable(`${c?.city ?? ''}${c?.county ?? ''}${r.unit ?? r.regionText}`).replace(
      UNITS_PROJECT,
      '',
    );
    const key = [r.kind, comparable(r.title)].join('|');
    const code = countyCodeOf(r, frame);
    codes.set(r, code);
    // Only unnumbered mentions are twins: a numbered row looks at no earlier one.
    const prefix = `${key}|`;
    const twin = (r.seq !== null ? [] : [...seen.entries()]).find(([k, o]) => {
      if (o.seq !== null || !k.startsWith(prefix)) return false;
      // A sentence naming no programme ("A村等10个村达到…标准") names the same unit as the
      // list of the programme below it.
      if (o.programme !== r.programme && o.programme !== null && r.programme !== null) return false;
      // Listed under two names ("国家级…示范村A村、省级…示范村A村"): two titles of one unit.
      if (o.category && r.category && o.category !== r.category) return false;
      // One county written two ways ("湖北黄梅县", and later "黄冈黄梅" in a run of bare
      // names): the division list places both at the same county.
      // …and two counties of one name in two provinces ("北京市：朝阳区", "长春市朝阳区") are two.
      const otherCode = codes.get(o) ?? null;
      if (code !== null && otherCode !== null)
        return otherCode === code && !zoneBesideCounty(o.regionText ?? '', r.regionText ?? '');
      const other = k.slice(key.length + 1);
      const [a, b] = other.length <= place.length ? [other, place] : [place, other];
      return a.length >= 3 && b.endsWith(a);
    })?.[1];
    if (twin) {
      if (!twin.outcome && r.outcome) twin.outcome = r.outcome;
      // The listed mention, which knows its programme, stands for the unit.
      if (twin.programme === null && r.programme !== null) {
        const kept = { ...r, ...(twin.outcome && !r.outcome ? { outcome: twin.outcome } : {}) };
        out[out.indexOf(twin)] = kept;
        codes.set(kept, codes.get(twin) ?? null);
        for (const [k, o] of seen) if (o === twin) seen.set(k, kept);
      }
      continue;
    }
    seen.set(`${key}|${place}`, r);
    out.push(r);
  }
  return out;
}
