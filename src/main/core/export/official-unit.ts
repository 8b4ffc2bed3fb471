/**
 * A unit's name in the full form the Ministry prints in its lists, built from what the ledger
 * resolved (province, city, county, town) rather than from what one notice happened to write
 * ("长宁区", "溧水区", "南京市栖霞区马群街道"):
 * - always the province first (上海市长宁区, 江苏省南京市溧水区);
 * - a district (区) with its city; a county or county-level city without it (湖北省宜都市,
 *   山东省平邑县), as 民函〔2019〕41号 and the 2021 case list write them;
 * - below county level the whole chain (江苏省南通市海安市雅周镇) and then the community or
 *   unit as the notice wrote it (兴雅社区).
 * The parts are kept as segments so a narrow column can break between them, never inside.
 * Words taken from the notice print in simplified characters (simplified-name.ts).
 */
import type { LedgerRecord } from '../../../shared/domain';
import { corpsUnitSegments } from './corps-unit';
import { PROVINCES, provinceOf, UNKNOWN_PROVINCE } from './provinces';
import { recordCode } from './record-order';
import { simplifiedName } from './simplified-name';

export interface UnitName {
  text: string;
  /** Place-level pieces, in order; joined they give `text`. */
  segments: string[];
}

const clean = (s: string | null | undefined): string => s?.trim() ?? '';

/** Municipalities write no city: 北京市朝阳区. */
const isMunicipality = (province: string): boolean => /^(北京|天津|上海|重庆)市$/.test(province);

/** A city district is written with its city; 林区 and 特区 are counties in all but name. */
const isDistrict = (county: string): boolean => /区$/.test(county) && !/(林区|特区)$/.test(county);

/** A county-level or higher name (社区 aside): written, it is a place, not what lies below. */
const aboveTown = (part: string): boolean =>
  /(省|市|区|县|旗|州|盟|兵团)$/.test(part) && !/社区$/.test(part);

/**
 * What the notice wrote after the most specific resolved name: a community, a unit. A notice
 * that names the community without its county ("淮海街道黄河南社区" under a county the ledger
 * resolved from the notice's heading) wrote only what lies below it: that whole text is the
 * remainder, or every such record would print as the bare county, alike and unidentifiable.
 */
function writtenRemainder(written: string, last: string, hasTown: boolean): string {
  if (!last) return '';
  const at = written.lastIndexOf(last);
  if (at < 0) {
    const below = !hasTown && splitPlaceName(written).every((part) => !aboveTown(part));
    return below && written ? written : '';
  }
  const rest = written.slice(at + last.length).trim();
  // A second town-level name here would contradict the ledger's town (邗江/邗上街道).
  return rest && !/(街道|镇|乡)$/.test(rest) ? rest : '';
}

/** Splits a written name after each level word, for line breaking only. */
export function splitPlaceName(name: string): string[] {
  const parts =
    name.match(
      /.+?(?:自治区|自治州|自治县|特别行政区|兵团|地区|盟|省|市|区|县|旗|街道|镇|乡|社区|村|$)/gu,
    ) ?? [];
  const out = parts.map((p) => p.trim()).filter(Boolean);
  return out.length > 0 ? out : [name];
}

export function officialUnit(r: LedgerRecord): UnitName {
  // The notice's own words in simplified characters, like the names the gazetteer gives.
  const written = simplifiedName(clean(r.regionText));
  const p = provinceOf(r.province, recordCode(r));
  const province = p.name === UNKNOWN_PROVINCE || p.sortCode === null ? '' : p.name;
  const city = clean(r.city);
  const county = clean(r.county);
  const town = clean(r.town);
  const unit = simplifiedName(clean(r.unit));

  if (!city && !county && !town) {
    // Nothing resolved below the province: the notice's words, with the province in front.
    const base = written || unit;
    if (!base) return { text: province, segments: province ? [province] : [] };
    const short = PROVINCES.find((x) => x.name === province)?.short ?? province;
    const segments = splitPlaceName(base);
    if (province && !base.startsWith(province) && !base.startsWith(short))
      segments.unshift(province);
    return { text: segments.join(''), segments };
  }

  const corps = corpsUnitSegments(written || unit, recordCode(r));
  if (corps) return { text: corps.join(''), segments: corps };

  const segments: string[] = province ? [province] : [];
  const withCity = city && city !== province && !isMunicipality(province);
  if (withCity && (town || !county || isDistrict(county))) segments.push(city);
  if (county && county !== city) segments.push(county);
  if (town) segments.push(town);
  const rest = writtenRemainder(written, town || county || city, Boolean(town));
  if (rest) segments.push(...splitPlaceName(rest));
  const own = unitAfterPlace(unit, written);
  if (own && !segments.join('').endsWith(own)) segments.push(own);
  return { text: segments.join(''), segments };
}

/**
 * The unit without the place it may repeat in front (a table's 地区 and 推荐单位 read as one
 * unit, "<place><unit>"): the place is already printed in full, so it is not printed twice.
 */
function unitAfterPlace(unit: string, written: string): string {
  if (!unit || !written || unit === written || !unit.startsWith(written)) return unit;
  return unit.slice(written.length).trim();
}
