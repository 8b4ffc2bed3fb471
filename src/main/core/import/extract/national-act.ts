/**
 * Whose programme a bare name is: a page of a city or a province telling a list that a
 * ministry published ("22日，某某部办公厅公布…名单…其中，我市某社区被评选为最美志愿服务社区")
 * writes the ministry's programme without its scope word. The name then belongs to no place,
 * neither the city whose bureau posted the page nor the province its headline names.
 */
import type { RegionLookup } from './types';
import { toKey } from './text-key';

/** How far into the text the act that named the list is told: its lead. */
const LEAD_CHARS = 600;

/**
 * An organ opening a clause (after a date or a comma), acting on a list: "某某部办公厅公布",
 * "某某部等七部门发布", "中国某某促进会正式发文", "某某部对…名单进行公示". Its name ends as a national
 * body's does. Its site publishing is the organ publishing ("某某部网站公布了…名单", "某某部官网发布
 * 《关于命名…的通知》"): a page relays the list from there.
 */
const ORGAN_ACTS = new RegExp(
  '(?:^|[，,。；;：:\\s]|日)' +
    '([\\u4e00-\\u9fff]{2,20}?(?:部|局|委员会|委|办公厅|办公室|促进会|协会|总会|联合会))' +
    '(?:官方网站|官网|网站)?(?:等[0-9一二三四五六七八九十]*个?部门)?(?:联合|正式)?' +
    // …or acting on the list it names first ("某部对2021年…名单进行公示").
    '(?:对[^，,。；;]{1,60}?进行)?' +
    '(?:公布|发布|印发|确认|命名|认定|发文|公示|评选出?)',
  'g',
);

/**
 * Words opening a clause that make the organ after them no subject ("根据某部印发…" cites its
 * document), or a place's own organ written short (省民政厅, 我市…, 本局).
 */
const NOT_SUBJECT =
  /^(?:根据|按照|依据|依照|经|由|在|据|对|从|向|与|和|及|省|市|县|区|州|我|本|全|各|该)/;

/** Whether the lead tells a national organ (one named after no place) publishing the list. */
export function namedByNationalOrgan(text: string, lookup: RegionLookup): boolean {
  const lead = toKey(text.slice(0, LEAD_CHARS)).replace(/[ \u3000]+/g, '');
  for (const m of lead.matchAll(ORGAN_ACTS)) {
    const organ = m[1]!;
    if (NOT_SUBJECT.test(organ)) continue;
    // A party committee's department is its place's (中共某市委宣传部).
    const named = organ.replace(/^中共/, '');
    const place = lookup.splitPrefix(named, {});
    if (place && place.end >= 2) continue;
    return true;
  }
  return false;
}
