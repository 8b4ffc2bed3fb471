/**
 * A call for cases ("湖里邀您推荐 社区治理案例", "关于征集…的通知") or a place's plan ("佛山市创建…
 * 建设规划", "关于印发…实施方案的通知") confirms nobody: what its prose names are the honours its
 * places already hold, told as background ("湖里区被评为全国社会治理创新优秀城区，金安、嘉福、
 * 禾山等8个社区被评为省近邻服务示范点", "拥有南海、顺德、高明3个全国文物工作先进县（区）").
 * Those runs are no entries. Places named with the programme the call or plan itself is about
 * are kept ("康复辅助器具产业发展规划" building on "以A、B两个国家级康复辅助器具产业综合创新试点为
 * 核心"; a page on a 征集展示活动 naming the methods it shows), and so is a plan's own place ("“十三五”
 * 期间，滁州市被确定为全国…试点地区" in 滁州市's plan): it is what the plan is the record of. Tables
 * and numbered lists are left alone: a plan may set out its own pilots in them.
 */
import type { ListDraft } from './drafts';
import { keyOf, toKey } from './text-key';

/** The words of a title that list something: a title naming them is no mere call or plan. */
const LISTS = /名单|名录|公示|公布|命名|确定|认定|确认|入选|上榜|结果|表彰|通报|获评|授予/;
const CALL = /征集|邀[您你]?推荐|(?:申报|推荐)(?:工作)?的?(?:通知|公告|启事)$/;
/** A plan's title ("…建设规划（2015～2017年）", "关于印发…实施方案的通知"): a place's own work. */
export const PLAN_TITLE =
  /(?:规划|实施方案|工作方案|行动方案|建设方案|行动计划)(?:[(（][^()（）]{0,16}[)）])?》?(?:的通知)?$/;

/**
 * "某省全面启动…三年行动计划": a headline telling that a plan was launched is news of the plan, not
 * the plan's own title; the units it names are the ones the plan took on, no background.
 */
const LAUNCH_NEWS = /启动(?:实施)?[^，。,]{2,40}(?:规划|方案|行动计划)$/;

/** A division's name without its level word: "滁州市" → "滁州". */
const stem = (place: string): string =>
  place.replace(/(?:特别行政区|自治区|自治州|自治县|省|市|区|县|旗|盟|州)$/, '');

export function withoutBackgroundHonours(lists: ListDraft[], title: string | null): ListDraft[] {
  const t = keyOf(title ?? '');
  if (!t || LISTS.test(t)) return lists;
  const call = CALL.test(t);
  if (!call && (!PLAN_TITLE.test(t) || LAUNCH_NEWS.test(t))) return lists;
  return lists.filter((list) => {
    if (list.layout !== 'sentence') return true;
    const named = [list.phrase ?? '', ...(list.categories ?? []).map((c) => c.name)];
    if (named.some((p) => sharedRun(keyOf(p), t) >= SHARED)) return true;
    if (call) return false;
    return list.items.some((it) => {
      const s = stem(toKey(it.regionText ?? ''));
      return s.length >= 2 && t.includes(s);
    });
  });
}

/** Characters a programme's name and a plan's title must share to be about one thing. */
const SHARED = 4;

/** The longest run of characters `a` and `b` share. */
function sharedRun(a: string, b: string): number {
  let best = 0;
  for (let i = 0; i < a.length; i++)
    for (let n = best + 1; i + n <= a.length && b.includes(a.slice(i, i + n)); n++) best = n;
  return best;
}
