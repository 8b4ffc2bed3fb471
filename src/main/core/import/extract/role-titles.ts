/**
 * What a notice's title says of its role: the words that name a revocation, an extension, a
 * check of the work under way, an acceptance, a call or a confirmation, and whether the title
 * is an organ's own document's.
 */
import type { NoticeRole } from '../../../../shared/notice-roles';
import { CHINESE_NUMERAL_CHARS } from './chinese-numerals';
import { isDocumentTitle } from './notice-voice';
import { keyOf, toKey } from './text-key';

/** A mid-term or stage check (中期评估, 中期绩效评估, 阶段性检查), not an acceptance. */
export const MIDTERM = /(中期|阶段性?|期中)(绩效)?(评估|考核|评价|检查|督查)(?!.*验收)/;

/**
 * A periodic check of units already confirmed — a year's assessment (2016年度…考核结果), a
 * comprehensive evaluation (综合评估结果), a re-review (复核结果), monitoring (动态监测): it tells
 * how they keep up, whatever grades it gives. Only the programme's own final review (验收, a
 * naming after it) accepts them, and a list it publishes (名单) is the list.
 */
// The year is a year written out (2016年度, 二〇一九年): 年 in a word (老年, 青年, 周年) is none.
const PERIODIC =
  /(?:[0-9]{4}|[〇零一二三四五六七八九]{4})年度?[^。；]{0,30}?(?:评估|考核|评价|监测)(?:结果|情况)|综合(?:评估|评价)(?:结果|情况)|动态监测|(?:复核|复查|复评)(?:结果|情况)/;
// The closing evaluation at the term's end (结项评估, 期满评估, 终期评估) is that final review,
// though a year stands in its title (2018年…结项评估结果).
const FINAL_REVIEW = /(?<!预)验收|名单|命名|结项|期满|终期/;
export const periodicCheck = (t: string): boolean => PERIODIC.test(t) && !FINAL_REVIEW.test(t);

/** A programme's report on one year's work, titled as such (no meeting held to hear it). */
export const YEAR_WORK_REPORT = /[0-9]{4}年度[^。，,]{0,30}工作报告$/;
/**
 * A report heard, weighed or put out by someone ("市人大常委会听取2023年度…工作报告"): a story
 * of the meeting or the release, not the report itself.
 */
export const REPORT_HEARD = /(?:听取|审议|讨论|表决|宣读|解读|学习|发布)[^。，,]{0,40}工作报告$/;

export const TITLE_ROLES: [NoticeRole, RegExp][] = [
  ['revocation', /撤销|取消.{0,12}(资格|命名|称号)|摘牌/],
  ['extension', /延期|延长(实验|试点)?(期|周期|期限)/],
  // A mid-term or stage check tells how the work goes, whatever grades it gives.
  ['progress_report', MIDTERM],
  // A pre-acceptance check (预验收) only prepares the acceptance still to come.
  ['acceptance', /(?<!预)验收|(评估|考核|评价|考评)(结果|情况)/],
  // A meeting held to push the units' work on ("…工作推进会") reports on their progress.
  // …and so does an expert panel's hearing of the applicants' plans (申报专家论证会).
  // An organ's own year in review ("…2023年工作总结和2024年工作思路", "…和2016年工作安排") tells
  // how its work went,
  // and so does a programme's year's report ("2014年度国家可持续发展实验区工作报告").
  [
    'progress_report',
    /通报|工作情况|进展情况|推进情况|中期评估|实验情况|推进会|调度会|论证会?$|工作总结(?:(?:和|及|暨)[^的]{0,16}(?:思路|计划|打算|要点|安排))?$|年度?[^。，,]{0,30}工作报告$/,
  ],
  ['application_call', /申报|推荐|遴选|征集|评选|创建/],
  ['confirmation', /批复|确认|公布|命名|名单|认定|确定|同意/],
];

/**
 * A confirming verb that closes a headline's clause after the units it counts ("9家国家级旅游度假区
 * 公布 拟定…出局", "首批12个示范区确定！"): what happened to them, told of them, no organ acting — an
 * organ that acts names itself before the verb and what it confirms after it ("民政部公布9家…").
 * (A named list, "…名单公布", stays a list by its 名单; so does a batch named without a count of its
 * units, "首批…街区公布", "第三批…公布": a batch is the list's own name, not units counted.)
 */
const TOLD_OF_COUNTED = new RegExp(
  `(?<=(?<![第0-9${CHINESE_NUMERAL_CHARS}])[0-9${CHINESE_NUMERAL_CHARS}]+(?:家|个|处|所|座|项)[^\\s,，。;；!！?？:：]{2,30}?)(?:公布|确定|认定|命名)(?=$|[\\s,，。;；!！?？:：])`,
  'g',
);
/** A title's words without the confirming verbs it tells of counted units (keyed, no spaces). */
export const withoutToldOfCounted = (title: string): string =>
  keyOf(toKey(title).replace(TOLD_OF_COUNTED, ''));

export const CHAPTER = /^第[0-9一二三四五六七八九十]+[章节]/;

/**
 * A title's words without the quote marks around an honour's name ("取消部分单位全国“敬老文明号”
 * 称号"): the marks count for no words between a verb and its object.
 */
export const unquoted = (t: string): string => t.replace(/[“”"「」『』]/g, '');

/**
 * The issuing organs heading a title before its 关于, one or several set apart by spaces
 * ("某省民政厅关于…", "中共某地委 某地区行署关于…的意见"): the document's own head, as its signers
 * write it, not a story's verb ("民政部发布关于…的通知" tells it came out).
 */
const ORGANS_BEFORE_ABOUT =
  /^(?:[\u4e00-\u9fff]{2,30}?(?:部|厅|局|委员会|委|署|办公室|政府|办)\s*){1,3}(?=关于)/;
/**
 * A title an organ's own document bears: 关于…的意见/通知, with its organs before 关于. A page
 * under it that lists nothing is that document's text, not a story about the work; a page
 * quoting it under it is that document, whoever's hearsay carries it. (A plan's title alone is
 * no such sign: papers head their stories of a plan with its name.)
 */
export const issuedDocumentTitle = (t: string): boolean =>
  isDocumentTitle(t) || (organsOnly(t) && isDocumentTitle(t.replace(ORGANS_BEFORE_ABOUT, '')));
/**
 * Organs' names hold no verb: "全市各社区认真学习市委关于…的意见" tells who took the document up,
 * its head is no issuer's.
 */
const TAKES_UP = /学习|贯彻|落实|印发|出台|解读|发布|传达|宣讲|转发|认真|深入/;
const organsOnly = (t: string): boolean => !TAKES_UP.test(ORGANS_BEFORE_ABOUT.exec(t)?.[0] ?? '');
