/**
 * A development zone or new area that shares its code with the county beside it (重庆市万盛经开区
 * at 綦江区's code, 兰州新区 at 兰州市's) is a unit of its own: a later notice naming the zone must
 * not join the county's record, nor one naming the county the zone's. Told from what is written
 * below the code's region once its names are read off (region-own-name.ts): a zone's word there
 * (…经开区, …高新区, …新区) on one side only, or two different zones, are two units. A district
 * named 新区 (浦东新区) is the region's own name, no zone below it.
 */
import { writtenBelowRegion } from './region-own-name';

/**
 * A zone's name up to the word that ends it, short forms included (经开区, 高新区), then
 * nothing or its own organ (万盛经开区民政局, 兰州新区管委会: the zone still, as 浦东新区民政局 is
 * 浦东新区). A place below it (…社区, …街道) is no zone's organ.
 */
const ZONE =
  /^(.*?(?:高新技术产业开发区|经济技术开发区|经济开发区|新区|园区|开发区|经开区|高新区|保税区|工业区|试验区|合作区))(.*)$/;
const ORGAN = /^(?:(?!社区|街道|镇|乡|村)[\u4e00-\u9fff]){0,12}(?:局|委员会|管委会|办公室|中心)$/;
/** A zone's long word and its short form are one zone (万盛经济技术开发区, 万盛经开区). */
const SHORT: ReadonlyArray<[RegExp, string]> = [
  [/高新技术产业开发区$/, '高新区'],
  [/经济技术开发区$/, '经开区'],
  [/经济开发区$/, '经开区'],
];

/** A record's place as written (its unit, else its region) at its region's code. */
export interface WrittenAt {
  written: string | null | undefined;
  code: string | null | undefined;
}

/** The zone a record names below its code's region, or null when it names none. */
function zoneOf(r: WrittenAt): string | null {
  const below = writtenBelowRegion(r.written, r.code ?? null);
  const m = below ? ZONE.exec(below) : null;
  if (!m || (m[2] !== '' && !ORGAN.test(m[2]!))) return null;
  // the zone's own name may start with its region's again (兰州新区 after 兰州市)
  const zone = writtenBelowRegion(m[1], r.code ?? null) || m[1]!;
  return SHORT.reduce((name, [long, short]) => name.replace(long, short), zone);
}

/** Whether two records at one code are a zone and the county beside it, or two zones. */
export function zonesApart(a: WrittenAt, b: WrittenAt): boolean {
  if (!a.code || a.code !== b.code) return false;
  const x = zoneOf(a);
  const y = zoneOf(b);
  return (x === null) !== (y === null) || (x !== null && y !== null && x !== y);
}
