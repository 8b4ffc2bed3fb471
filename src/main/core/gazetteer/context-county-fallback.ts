/**
 * A township or community the town lists do not hold ("长东街道工农兵社区", "湖滨社区"),
 * written under a county the notice names (a group label "清河区：", the item's inherited
 * county). The town and village lists are current statistical codes, so a township of an
 * abolished or renamed county, or a community too small or too new to be listed, finds no
 * candidate at all; staff still know it lies in that county. When the string starts with a
 * sub-county name and the context is one county, the answer is that county, and the note
 * says the township itself was not found. A same-named township in another county is no
 * answer either: the group label says where it lies.
 */
import { loadGazetteer } from './gazetteer-data';
import { normalizeRegionText } from './normalize';
import { unitNames } from './place';
import type { RegionResolution, ResolveOptions } from './resolve-region';
import { contextScope } from './scope';

/** A township, community or village name at the start, and nothing of county level or above. */
const SUB_COUNTY =
  /^[\u4e00-\u9fff]{1,10}?(街道|镇|乡|苏木|社区|村|嘎查|居委会)([\u4e00-\u9fff]{1,10}?(社区|村|嘎查|居委会))?$/;

export function resolveInContextCounty(
  text: string,
  opts: ResolveOptions,
  first: RegionResolution,
): RegionResolution {
  if (!opts.context) return first;
  const key = normalizeRegionText(text).key.trim();
  if (!SUB_COUNTY.test(key) || /[省市州盟区县旗]/.test(key.replace(/(街道|社区|村|镇|乡).*$/, '')))
    return first;
  const scope = contextScope(loadGazetteer(), opts.context);
  const codes = new Set(scope.units.map((u) => u.code));
  const county = scope.units[0];
  if (codes.size !== 1 || !county || county.level !== 'county') return first;
  // A township found elsewhere in the country ("九龙湖镇" read as 九龙县) is not the one
  // under this county; one found inside it stands.
  const inside = [county.code, ...county.successors];
  if (first.code !== null && inside.some((c) => first.code!.startsWith(c))) return first;
  return {
    ...first,
    code: county.code,
    level: 'county',
    names: unitNames(county),
    current: null,
    note: `「${key}」未在统计用区划${county.name}的乡镇、村（社区）中找到，按上下文所在区县 ${county.name}（${county.code}）计，请核对`,
    regionCode: county.code,
    start: 0,
    end: text.length,
  };
}
