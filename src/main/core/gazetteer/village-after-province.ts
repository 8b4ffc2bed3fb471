/**
 * "贵州云舍村", "浙江余村": a village written right after its province alone, as a story names a
 * national list's best known few. The province's villages of that name are the candidates;
 * find-places takes the one, or stays at the province when there are several.
 */
import { type Unit } from './gazetteer-data';
import { isMunicipality } from './scope';
import { matchVillagesPastPlace } from './sub-county';
import { findVillagesNamed, type Village } from './villages';

/**
 * A province's honour written with its kind ("山西省文明村镇", "黑龙江省示范村", "浙江省先进村党组织"):
 * the words a list calls its villages, not a village some county of the province happens to
 * be named by.
 */
const KIND_VILLAGE =
  /^(?:示范|先进|文明|模范|明星|和谐|美丽|特色|传统|生态|卫生|小康|民主法治|平安|绿色|森林|园林|宜居|重点|星级)(?:村|社区)/;

/**
 * The villages of the province named right after it, and where the name ends; null when the
 * chain is no province alone (a municipality reads its communities as a city's). A name of one
 * character and 村 (余村) is too short for the township search: it is looked up whole, only
 * when it ends the text.
 */
export function villagesAfterProvince(
  key: string,
  at: number,
  units: readonly Unit[],
): { villages: readonly Village[]; end: number } | null {
  const province = units.length === 1 ? units[0]! : null;
  if (!province || province.level !== 'province' || isMunicipality(province.code)) return null;
  const rest = key.slice(at);
  if (KIND_VILLAGE.test(rest)) return null;
  const prefix = province.code.slice(0, 2);
  const vs = matchVillagesPastPlace(key, at, [prefix]);
  if (vs.length) return { villages: vs.map((v) => v.village), end: vs[0]!.end };
  return /^[\u4e00-\u9fff]村$/.test(rest)
    ? { villages: findVillagesNamed(rest, prefix), end: key.length }
    : null;
}
