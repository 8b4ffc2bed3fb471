/**
 * A list whose sentence closes on the group it counts and what befell it ("…随县封江口国家湿地
 * 公园共10家试点单位，通过验收，成功转正", "…A、B等12处湿地公园通过验收"): the verdict after the
 * count is every listed unit's. Only right after the list's last unit, the count first: a
 * verdict further on may be another group's. A pass only hoped for or planned (将, 拟, 力争…)
 * states none (clause-outcome.ts).
 */
import { clauseOutcome } from './clause-outcome';
import type { Outcome } from './outcomes';

/**
 * The group counted right after the list (共10家试点单位, 等12处湿地公园, 10个县), perhaps after the
 * last unit's own name where the list kept only its place (…随县|封江口国家湿地公园，共10家…).
 * The words after the count name the group, not a thing of theirs or another's ("…3个县申报的
 * 项目资金不予认定", "…3个县纪委对违纪党员予以除名"): the verdict there is no unit's.
 */
const COUNTED_GROUP =
  /^[^，,。；;、]{0,24}?[，,]?\s*(?:等|共|共计|合计|总计)?\s*[0-9一二两三四五六七八九十百]+\s*(?:家|个|处|所|座)[^，,。；;未不没的对]{0,16}?(?=[，,]|通过|被|获|荣获|经|已|给予|给与|予以|暂不予|不予|暂缓)/;

/**
 * The verdict only some of the group's ("其中8家通过验收", "有8家…", "8处通过验收", "除A外均…",
 * "其余单位…"):
 * no unit can be told to have it.
 */
const PART_OF_GROUP =
  /^(?:其中|中|有|除|其余|其他|另)|^[0-9一二两三四五六七八九十百]+\s*(?:家|个|处|所|座)/;

/** Put forward, not decided: a proposal or a list up for comment. */
const PROPOSED = /拟|公示|候选|推荐|申报/;

/**
 * The group named its title (给予命名, 予以命名): a pass only where the naming follows a check, and
 * only the naming closing the clause ("给予命名奖励资金" gives money, no title).
 */
const NAMED = /^(?:给予|给与|予以)(?:命名|授牌|认定)(?=$|[。；;，,])/;

/**
 * The outcome the words after a list's last unit (`after`, to the sentence's end) give it.
 * `afterCheck`: the notice tells the check the units went through (验收结果, 进行了验收), so a
 * group named its title after it passed that check ("…，7个旗县区给与命名"); in a list that only
 * names its units the naming is the list itself, no outcome.
 */
export function countedTailOutcome(after: string, afterCheck = false): Outcome | null {
  const group = COUNTED_GROUP.exec(after);
  if (!group || PROPOSED.test(after)) return null;
  const verdict = after.slice(group[0].length).replace(/^[，,]\s*/, '');
  if (PART_OF_GROUP.test(verdict)) return null;
  if (NAMED.test(verdict)) return afterCheck ? { status: '已验收' } : null;
  return clauseOutcome(verdict);
}

/**
 * Whether the words before a list tell the check its units went through, held by the notice's
 * organ: its result announced (验收结果) or the check told as done (进行了验收), not one only
 * planned ("将组织专家进行验收", "计划开展…验收").
 */
const CHECK_HELD =
  /(?<!预)验收结果|(?<!(?:将|拟|计划|准备|即将)[^。；;]{0,24})(?:进行|开展|组织)了?[^。；;]{0,12}?(?<!预)验收(?!工作的?通知)/;

export function tellsCheckHeld(before: string): boolean {
  return CHECK_HELD.test(before);
}

/** A paragraph opening a numbered section (一、…, （二）…, 3．…): a sibling of the list's own. */
const NUMBERED =
  /^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十0-9]+[）)]|[0-9]+[、.．])/;
/** A paragraph of prose, not a title, heading or attachment line. */
const PROSE = /[。；;]|[^\n]{40}/;

/**
 * The words before a list (`key` up to `at`) that may tell the check its units went through:
 * the part of the notice the list belongs to. It runs back past the list's sibling sections
 * when it is one of a numbered series (一、…7个旗县区给与命名。二、…) and past titles, headings,
 * attachment lines and the prose that leads into the list (经研究，决定予以命名，名单如下), up to
 * the heading of an earlier numbered part with prose of its own under it (二、下一步工作安排\n
 * 各地要…): a check told above that heading belongs to another part, not to this list's verdict.
 * A heading right over the list (二、命名名单) titles it, and the part before it still leads in.
 */
export function checkLead(key: string, at: number): string {
  const from = Math.max(0, at - 1500);
  const paras = key.slice(from, at).split('\n');
  const own = paras.pop() ?? '';
  let start = paras.length;
  let sections = NUMBERED.test(own);
  let prose = false;
  while (start > 0) {
    const p = paras[start - 1] ?? '';
    start--;
    if (sections && NUMBERED.test(p)) continue;
    sections = false;
    if (prose && NUMBERED.test(p)) break;
    if (PROSE.test(p)) prose = true;
  }
  return [...paras.slice(start), own].join('\n');
}
