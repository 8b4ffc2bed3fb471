/**
 * A development zone or new area the gazetteer cannot place below its city or county (兰州新区
 * at 兰州市, 中山市火炬开发区, 万州区龙宝移民开发区) keeps that region's code, and its name
 * ends as a region's does (…区), so the words alone read it as the region's own record: the
 * city's own record in another programme was linked to the zone. Where the division data know
 * the code and leave a zone's word at the end of what is written below the region, the record
 * is that zone, named by what is left once its region's names are read off again: lists write
 * the zone with the region's name repeated or not (兰州市兰州新区 and 兰州新区, 安阳市高新区 and
 * 安阳高新区, 四川天府新区 and 成都天府新区 are one; 兰州新区中川园区, a park in it, another).
 * A region's old name (璦琿區 for 爱辉区) ends in no zone's word and stays the region's own.
 */
import { writtenBelowRegion } from './region-own-name';

/** The words that end a zone's name: a new area, a park, a development or industrial zone. */
const ZONE_END = /(?:新区|园区|开发区|保税区|工业区)$/;

/** The zone a record at `code` names below its region, or null when it names none. */
export function zoneBelowRegion(
  written: string | null | undefined,
  code: string | null,
): string | null {
  const data = writtenBelowRegion(written, code);
  if (!data || !ZONE_END.test(data)) return null;
  // the zone's own name may start with its region's again (兰州新区 after 兰州市)
  return writtenBelowRegion(data, code) || data;
}
