/**
 * A body named after its prefecture-level city written without 市 ("广州社会组织研究院",
 * "广州海关", "广州白云国际机场股份有限公司"): the name's own short form. The city is read from the
 * first two characters when they and 市 make a prefecture-level city. A university or a road,
 * street or community named after a city (中山大学, 长春路…, 南京东路街道 and 延安中路 in another
 * city, 杭州湾新区 in 宁波, 中山公园 anywhere) lies wherever it lies: never read so.
 */
import type { RegionLookup } from './types';

/** Words after the stem that name a thing after the city, not a body of it. */
const NAMED_AFTER =
  /^(?:[东西南北中]?(?:路|街|道|巷|大道)|大学|社区|村|镇|乡|新区|开发区|湾|公园|纪念)/;

/** Where the short city `t` opens with ends (2), or null. */
export function shortCityStem(t: string, lookup: RegionLookup): number | null {
  if (!/^[\u4e00-\u9fff]{2}/.test(t) || NAMED_AFTER.test(t.slice(2))) return null;
  const city = `${t.slice(0, 2)}市`;
  if (lookup.splitPrefix(city, {})?.end !== 3) return null;
  const code = lookup.codeOf?.(city, {}) ?? null;
  return code && /^\d{4}00$/.test(code) && !/0000$/.test(code) ? 2 : null;
}
