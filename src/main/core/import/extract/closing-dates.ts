/**
 * When applications close, written as the close of their window or as a closing day stated on
 * its own rather than as a date with 前 and a verb of sending: "评委会办公室接受推荐的起止时间为：
 * 2019年10月8日至2020年2月29日", "申报时间从即日起至11月15日", "截止时间为2021年12月23日",
 * "项目截止申报时间为2023年12月15日（含）". The window's last day is the deadline its readers owe.
 * Spans that only look alike set nobody a date: a span of years a round covers (评选对象是2017年至
 * 2019年), the period figures are counted over (捐赠金额统计2017年1月1日至2019年12月31日期间的数据),
 * a zone's term (实验时间自…至…, a range), a 公示's window (objection-window.ts), and a data
 * cut-off (数据统计截止时间为…).
 */
import { CHINESE_NUMERAL_CHARS, parseNumber, parseYear } from './chinese-numerals';

const N = `([0-9]+|[${CHINESE_NUMERAL_CHARS}]+)`;
const YEAR = `((?:19|20)[0-9]{2}|[${CHINESE_NUMERAL_CHARS}]{4})`;

/**
 * The window of applying or recommending, from today or a day, to its last day: the act first
 * (申报, 报名, 推荐, 受理, 征集), then its time (时间, 日期, 期限; 起止 before it).
 */
const WINDOW = new RegExp(
  `(?:申报|报名|推荐|受理|征集)(?:工作)?(?:的)?(?:起止)?(?:时间|日期|期限)(?:为|是)?\\s*[:：]?\\s*(?:从|自)?\\s*(?:即日|${YEAR}年${N}月${N}日)\\s*(?:起)?\\s*(?:至|到|—|－|-|~)\\s*(?:${YEAR}年)?${N}月${N}日`,
);

/**
 * A closing day stated as such ("截止时间为…", "申报截止日期为…", "截止申报时间为…"): the act may
 * stand between 截止 and its time. A cut-off of figures (统计截止, 数据截止) closes no window.
 */
export const CLOSING = /截止(?:申报|报名|推荐|报送|提交)?(?:日期|时间)?(?:分别)?(?:为|是)/;
const FIGURES_CUT = /(?:统计|数据)[^。；;，,]{0,4}$/;

/** The sentence states a closing day of its own (CLOSING), not a cut-off of figures. */
export function statesClosing(key: string): boolean {
  const m = CLOSING.exec(key);
  return m !== null && !FIGURES_CUT.test(key.slice(0, m.index));
}

export interface WindowClose {
  /** The year written with the last day, else with the first; null when neither writes one. */
  year: number | null;
  month: number;
  day: number;
}

/** The last day of an application window the sentence states, or null. */
export function windowClose(key: string): WindowClose | null {
  const m = WINDOW.exec(key);
  if (!m) return null;
  const month = parseNumber(m[5] ?? '');
  const day = parseNumber(m[6] ?? '');
  if (month === null || day === null || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const year = m[4] ? parseYear(m[4]) : m[1] ? parseYear(m[1]) : null;
  return { year: year ?? null, month, day };
}

/**
 * A page telling a round that states when applications close — its window or its closing day,
 * or who may apply by a day (有意参评者可于4月18日前…申报) — gives its readers a term of applying.
 */
export function tellsClosing(key: string): boolean {
  return (
    windowClose(key) !== null ||
    statesClosing(key) ||
    /可于[^。；;]{1,16}前[^。；;]{0,40}(?:申报|报名|推荐)/.test(key)
  );
}
