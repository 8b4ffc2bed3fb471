/**
 * A 公示's objection window as a notice states it: the dates it runs ("公示期为…至…", "公示期从
 * 11月18日起至11月22日止"), its end only ("公示期截止至2019年12月9日"), or the date objections are
 * brought by ("如有异议，请于8月4日前…反映"; "公示期间，如…有意见和建议，可在12月9日前进行反映").
 * The window is the public's: staff plan it as a 公示期, never as a deadline they must meet.
 */
import { CHINESE_NUMERAL_CHARS, parseNumber, parseYear } from './chinese-numerals';
import { isoDate } from './dates';

const N = `([0-9]+|[${CHINESE_NUMERAL_CHARS}]+)`;
const YEAR = `((?:19|20)[0-9]{2}|[${CHINESE_NUMERAL_CHARS}]{4})`;

/**
 * Objections to a 公示 and where to bring them ("有异议的，请于…前…书面提出"); during the window
 * views and suggestions are objections too ("名单公示期间，如…有意见和建议，可在…前进行反映"). A
 * call for views with no 公示 (征求意见…请于…前反馈意见) is a reply asked of the organs, not this.
 */
export const OBJECTION =
  /(异议|異議)[^。；]{0,40}?(反映|提出|反馈|联系)|公示期(?:间|間|内|內)[^。；]{0,30}?(?:意见|意見|建议|建議)[^。；]{0,30}?(反映|提出|反馈)/;

// The dates may follow the window's length in working days: "公示期为5个工作日（2022年10月31日—11月4日）";
// a page may double the dash between them ("2022年11月4日--2022年11月14日"). A 公示 dated by its
// signature may leave out the year, and the first day's 日 before a short range ("6月2~9日"). The
// first day may be marked as the start ("公示期从11月18日起至11月22日止"), and a copy may show a
// lost dash as ? ("2016年4月25日?2016年5月1日").
export const WINDOW = new RegExp(
  `(公示期|公示时间|异议期)[^。；]{0,12}?(?:${YEAR}年)?(?:${N}月)?${N}日?\\s*(?:起|开始)?\\s*(?:至|到|—{1,2}|-{1,2}|~|－{1,2}|(?<=日)[?？](?=[0-9]))\\s*(?:${YEAR}年)?(?:${N}月)?${N}日`,
);
/**
 * A window told by its end only ("公示期截止至2019年12月9日", "公示期到8月6日结束"), or by its
 * closing date ("公示截止日期为2020年11月22日").
 */
export const WINDOW_END = new RegExp(
  `(公示期|公示时间|异议期|公示)[^。；，]{0,4}?(?:截止至?|截至|到|至)(?:日期|时间)?(?:为|是)?\\s*(?:${YEAR}年)?${N}月${N}日`,
);

const num = (s: string | undefined): number | null => (s === undefined ? null : parseNumber(s));

/** Whether a sentence states a window's dates or its end. */
export const statesWindow = (key: string): boolean => WINDOW.test(key) || WINDOW_END.test(key);

/**
 * The window a sentence states, in the notice's year where the sentence writes none; a window
 * whose dates cannot be read (no year anywhere, a copy that lost the month) is still stated,
 * undated. null: the sentence states none.
 */
export function windowIn(
  key: string,
  year: number | null,
): { from: string | null; to: string | null } | null {
  const w = WINDOW.exec(key);
  if (w) {
    const y1 = w[2] ? parseYear(w[2]) : year;
    // A copy that lost the month ("公示时间为20日—28日") still states the window, undated.
    const from = y1 && w[3] ? isoDate(y1, num(w[3]) ?? 0, num(w[4]) ?? 0) : null;
    const y2 = w[5] ? parseYear(w[5]) : y1;
    const toMonth = w[6] ? num(w[6]) : num(w[3]);
    const to = y2 && toMonth ? isoDate(y2, toMonth, num(w[7]) ?? 0) : null;
    return { from, to };
  }
  const end = WINDOW_END.exec(key);
  if (!end) return null;
  const y = end[2] ? parseYear(end[2]) : year;
  return { from: null, to: y ? isoDate(y, num(end[3]) ?? 0, num(end[4]) ?? 0) : null };
}

/**
 * `key` without the clauses that bring objections ("如有异议，请于8月10日前向省民政厅反映，各地
 * 请于8月20日前报送整改材料" keeps "各地请于8月20日前报送整改材料"): only the objection's own date
 * closes the window; a duty told after it in the same sentence is still staff's.
 */
export function withoutObjection(key: string): string {
  const m = OBJECTION.exec(key);
  if (!m) return key;
  const from = Math.max(key.lastIndexOf('，', m.index), key.lastIndexOf(',', m.index)) + 1;
  const after = key.slice(m.index + m[0].length).search(/[，,]/);
  const to = after < 0 ? key.length : m.index + m[0].length + after + 1;
  return key.slice(0, from) + key.slice(to);
}
