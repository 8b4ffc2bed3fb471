/**
 * When applications close, written as the close of their window or as a closing day stated on
 * its own rather than as a date with 前 and a verb of sending: "评委会办公室接受推荐的起止时间为：
 * 2019年10月8日至2020年2月29日", "申报时间从即日起至11月15日", "截止时间为2021年12月23日",
 * "项目截止申报时间为2023年12月15日（含）". The window's last day is the deadline its readers owe.
 * Spans that only look alike set nobody a date: a span of years a round covers (评选对象是2017年至
 * 2019年), the period figures are counted over (捐赠金额统计2017年1月1日至2019年12月31日期间的数据),
 * a zone's term (实验时间自…至…, a range), a 公示's window (objection-window.ts) and the days its
 * objections are taken (公示期间…受理时间为…至…), a data cut-off (数据统计截止时间为…), and a
 * window or closing retold with what it gathered or as over (…，共收到申报材料120份; 已结束).
 */
import { CHINESE_NUMERAL_CHARS, parseNumber, parseYear } from './chinese-numerals';

const N = `([0-9]+|[${CHINESE_NUMERAL_CHARS}]+)`;
const YEAR = `((?:19|20)[0-9]{2}|[${CHINESE_NUMERAL_CHARS}]{4})`;

/**
 * The window of applying or recommending, from today or a day (its year may be left to the
 * notice's: 申报时间为10月8日至11月30日), to its last day: the act first (申报, 报名, 推荐, 受理,
 * 征集), then its time (时间, 日期, 期限; 起止 before it). A window for handing something in is
 * one too: a yearly check the registered bodies file for (年检时间为2018年3月1日至5月31日, 年报),
 * a filing or sending (填报, 报送, 提交, 上报): its last day is theirs to meet. An organ's own
 * check, visit or review in its days (检查时间, 督查时间, 评估时间为…至…) asks nobody for anything.
 */
const WINDOW = new RegExp(
  `(?:申报|报名|推荐|受理|征集|年检|年报|填报|报送|提交|上报)(?:工作)?(?:的)?(?:起止)?(?:时间|日期|期限)(?:为|是)?\\s*[:：]?\\s*(?:从|自)?\\s*(?:即日|(?:${YEAR}年)?${N}月${N}日)\\s*(?:起)?\\s*(?:至|到|—|－|-|~)\\s*(?:${YEAR}年)?${N}月${N}日`,
);
/** A 公示's sentence: the window it states takes objections, no applications. */
const PUBLIC_REPLY = /公示|异议|異議|举报|舉報|投诉|投訴/;
/**
 * What follows a window or closing day that tells it past: what it gathered (共收到…, 累计征集…)
 * or that it is over (已结束, 已截止).
 */
const RETOLD =
  /^[^。；;]{0,40}?(?:(?:共|累计|總共|总共)(?:收到|征集|徵集|受理|接收|收集|有|计|計)|已(?:经|經)?(?:结束|結束|截止|完成|收到))/;

/**
 * A closing day stated as such ("截止时间为…", "申报截止日期为…", "截止申报时间为…"): the act may
 * stand between 截止 and its time. A cut-off of figures (统计截止, 数据截止) closes no window.
 */
export const CLOSING = /截止(?:申报|报名|推荐|报送|提交)?(?:日期|时间)?(?:分别)?(?:为|是)/;
const FIGURES_CUT = /(?:统计|数据)[^。；;，,]{0,4}$/;

/** The sentence states a closing day of its own (CLOSING), not a cut-off of figures. */
export function statesClosing(key: string): boolean {
  const m = CLOSING.exec(key);
  return (
    m !== null &&
    !FIGURES_CUT.test(key.slice(0, m.index)) &&
    !RETOLD.test(key.slice(m.index + m[0].length))
  );
}

export interface WindowClose {
  /** The year written with the last day, else with the first; null when neither writes one. */
  year: number | null;
  month: number;
  day: number;
}

/** The window's act is applying (a round's call), not handing in what a body owes anyway. */
const APPLYING = /^(?:申报|报名|推荐|受理|征集)/;

/** The last day of an application window the sentence states, or null. */
export function windowClose(key: string): WindowClose | null {
  const m = WINDOW.exec(key);
  if (!m || PUBLIC_REPLY.test(key) || RETOLD.test(key.slice(m.index + m[0].length))) return null;
  const month = parseNumber(m[5] ?? '');
  const day = parseNumber(m[6] ?? '');
  if (month === null || day === null || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const year = m[4] ? parseYear(m[4]) : m[1] ? parseYear(m[1]) : null;
  return { year: year ?? null, month, day };
}

/**
 * A duty owed within a span of days ("自检报告…须于2018年4月20日—28日登录管理平台提交"): the
 * span after 于 is when the thing is due, its last day the deadline (its month, else the first
 * day's; its year, else the first day's). Only with a verb of handing in after it: an organ's
 * own step in the same span (省级教育行政部门…于2018年5月4日—11日登录管理平台审查…) owes
 * nobody a date, and a span retold as done (已于…, …提交了) is past.
 */
const DUTY_WINDOW = new RegExp(
  `(?<![已曾])于\\s*(?:${YEAR}年)?${N}月${N}日\\s*(?:至|到|—|－|-|~)\\s*(?:(?:${YEAR}年)?${N}月)?${N}日(?!前)[^。；;，,]{0,16}?(?:提交|报送|上报|上传|递交|报(?:至|到|我|省|市|县|区))(?!了|完毕)`,
);

/** The last day of a span within which the sentence's duty is owed, or null. */
export function dutyWindowClose(key: string): WindowClose | null {
  const m = DUTY_WINDOW.exec(key);
  if (!m) return null;
  const month = parseNumber(m[5] ?? m[2] ?? '');
  const day = parseNumber(m[6] ?? '');
  if (month === null || day === null || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const year = m[4] ? parseYear(m[4]) : m[1] ? parseYear(m[1]) : null;
  return { year: year ?? null, month, day };
}

/**
 * The sentence without its application window's words (申报时间为…至…，试点期限为…至…): the
 * term it may state beside them is read from the rest.
 */
export function withoutWindow(key: string): string {
  const m = windowClose(key) ? WINDOW.exec(key) : null;
  return m
    ? key.slice(0, m.index) + '□'.repeat(m[0].length) + key.slice(m.index + m[0].length)
    : key;
}

/**
 * A page telling a round that states when applications close — its window or its closing day,
 * or who may apply by a day (有意参评者可于4月18日前…申报) — gives its readers a term of applying.
 */
export function tellsClosing(key: string): boolean {
  return (
    (windowClose(key) !== null && APPLYING.test(WINDOW.exec(key)?.[0] ?? '')) ||
    statesClosing(key) ||
    /可于[^。；;]{1,16}前[^。；;]{0,40}(?:申报|报名|推荐)/.test(key)
  );
}
