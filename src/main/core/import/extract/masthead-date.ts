/**
 * A paper's or a page's masthead line at the head of the text: the outlet's name (or the
 * paper's page and column) and the issue's date, nothing after but the weekday ("中国妇女报
 * 2025年6月9日", "某某日报·某某客户端 2021-11-16", "第A7版：某某专栏　2017年11月27日 星期一").
 * It dates the page; a date inside the body's sentences dates what happened, so only a short
 * line with no sentence's punctuation counts, among the first lines.
 */
import { findDates } from './dates';
import type { KeyedText } from './text-key';

/** How far down the head of the page the masthead may stand (non-empty lines). */
const HEAD_LINES = 5;
const MASTHEAD_MAX = 40;
/** The weekday a paper prints after its date. */
const WEEKDAY = /^\s*(?:星期|周|礼拜)[一二三四五六日天]?\s*$/;
/**
 * Words that make the date another one than the issue's: a window or a time of an event
 * (公示时间 2021年11月4日, 截止日 …, 自 …), which the labelled and page stamps read apart, or an
 * event told as held on it (推进会召开 2021年3月5日): a headline's, not the outlet's.
 */
const NOT_ISSUE =
  /(?:时间|日期|期|截止日?|截至|至|自|从|于|前|起|到|召开|举行|举办|开幕|闭幕|启动|[:：])\s*$/;

/** Words of a site's posting line: who posted it, and where. */
const POSTED = /^由|[发發]表|[发發]布|于|於/;

export function mastheadDate(doc: KeyedText): string | null {
  const head = doc.lines.filter((l) => l.trimmed !== '').slice(0, HEAD_LINES);
  for (const line of head) {
    const t = line.trimmed;
    if (t.length > MASTHEAD_MAX || /[。，,；;！？!?]/.test(t)) continue;
    const dates = findDates(t);
    const d = dates[dates.length - 1];
    if (!d?.iso || dates.length > 1 || d.index === 0) continue;
    const before = t.slice(0, d.index);
    const after = t.slice(d.index + d.length);
    // The outlet's name written in words, set apart or glued (a PDF's text drops the space).
    if (NOT_ISSUE.test(before) || !/[\u4e00-\u9fff]{2}/.test(before)) continue;
    // A site's posting line (由 某社 發表于 某欄目2023-01-19) dates the repost, no masthead.
    if (POSTED.test(before)) continue;
    if (after.trim() === '' || WEEKDAY.test(after)) return d.iso;
  }
  return null;
}
