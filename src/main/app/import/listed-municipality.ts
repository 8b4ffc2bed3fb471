/**
 * A municipality (直辖市) listed among cities is one of the listed cities, not a province named in
 * passing: "北京市、天津市、大连市、上海市、宁波市…" on a news page names 14 pilot cities, four of
 * them municipalities. A later notice or a story keeps its province-level items out of the ledger
 * (a province is a passing mention there), so the municipality needs its company to count: the
 * run of items around it placed at city level.
 */
import type { RecordDraft } from '../../../shared/ledger-drafts';
import { isMunicipality } from '../../core/gazetteer/scope';

const codeOf = (d: RecordDraft): string =>
  typeof d.fields.region_code === 'string' ? d.fields.region_code : '';

/** A prefecture-level city's code (its last two digits 00, not a province's 0000). */
const atCityLevel = (code: string): boolean => /^\d{4}00$/.test(code) && !code.endsWith('0000');

const municipal = (code: string): boolean =>
  /^\d{6}$/.test(code) && code.endsWith('0000') && isMunicipality(code);

/**
 * Item `i` is a municipality inside an unbroken run of items that are cities or municipalities,
 * the run holding at least two cities: a list of cities. A province between them breaks the run
 * (北京市、河北省、山西省 names provinces), and so does a county or a place not found.
 */
export function municipalityAmongCities(records: readonly RecordDraft[], i: number): boolean {
  const own = records[i];
  if (!own || !municipal(codeOf(own))) return false;
  const inRun = (d: RecordDraft | undefined): boolean =>
    !!d && (atCityLevel(codeOf(d)) || municipal(codeOf(d)));
  let start = i;
  while (inRun(records[start - 1])) start--;
  let end = i;
  while (inRun(records[end + 1])) end++;
  const cities = records.slice(start, end + 1).filter((d) => atCityLevel(codeOf(d))).length;
  return cities >= 2;
}
