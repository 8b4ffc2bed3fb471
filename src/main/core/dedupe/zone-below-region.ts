/**
 * A development zone or new area the gazetteer cannot place below its city or county (兰州新区
 * at 兰州市, 中山市火炬开发区, 万州区龙宝移民开发区) keeps that region's code, and its name
 * ends as a region's does (…区), so the words alone read it as the region's own record: the
 * city's own record in another programme was linked to the zone. Where the division data know
 * the code and leave a zone's word at the end of what is written below the region, the record
 * is that zone, named by what is written after its province's and city's full names (兰州新区
 * and 兰州市兰州新区 are one; 兰州新区中川园区, a park in it, another). A region's old name
 * (璦琿區 for 爱辉区) ends in no zone's word and stays the region's own.
 */
import { simplifiedKey } from '../import/readers/simplified-key';
import { writtenBelowRegion } from './region-own-name';

/** The words that end a zone's name: a new area, a park, a development or industrial zone. */
const ZONE_END = /(?:新区|园区|开发区|保税区|工业区)$/;

/** The province's and the city's full names written before the zone's. */
const PROVINCE = /^[\u4e00-\u9fff]{2,7}?(?:省|自治区)/;
const CITY = /^[\u4e00-\u9fff]{2,7}?市(?=[\u4e00-\u9fff]{4,})/;

/** The zone a record at `code` names below its region, or null when it names none. */
export function zoneBelowRegion(
  written: string | null | undefined,
  code: string | null,
): string | null {
  const data = writtenBelowRegion(written, code);
  if (!data || !ZONE_END.test(data)) return null;
  // in one script and width, as the data read it (蘭州新區 is 兰州新区)
  const name = simplifiedKey(written!.normalize('NFKC'))
    .replace(/\s+/g, '')
    .replace(/[(（][^)）]*[)）]/g, '');
  return name.replace(PROVINCE, '').replace(CITY, '');
}
