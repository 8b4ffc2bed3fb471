/**
 * A page's info line in shapes the byline reader does not know, each dated by the page's own
 * stamp and nothing else:
 * - the year set apart from its month and day, with the time ("2021 09/ 22 15:35:35 来源：某网",
 *   "财经 2021 04/11 22:34 某网"): a site's template that prints the year in its own box;
 * - the date between the page's furniture, the reader's font size and a count of views
 *   ("文字:[大][中][小] 2022/8/10 浏览次数:1830");
 * - the stamp with its clock time after a labelled account's name ("专业号:某某人家 2015/1/22
 *   7:15:01"), as a portal prints who posted it and when (a PDF's text may glue the two).
 * Only a short line with no sentence's punctuation counts: a sentence telling of a day is no
 * stamp. And only above the story's first sentence: a page prints its own stamp over the story,
 * while the lines after it list other articles, each with its own stamp (相关文章, 上一篇).
 */
import { findDates, isoDate } from './dates';
import type { KeyedText } from './text-key';

const INFO_MAX = 60;
const CLOCK = String.raw`[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?`;
const SPLIT_YEAR = new RegExp(
  String.raw`(?:^|\s)((?:19|20)[0-9]{2})\s+([0-9]{1,2})\s*/\s*([0-9]{1,2})\s+${CLOCK}(?=\s|$)`,
);
/** The reader's font-size switch ([大][中][小], 【大 中 小】) and a count of views or reads. */
const FONT_SWITCH = /[[【(（]?\s*大\s*[\]】)）]?\s*[[【(（]?\s*中\s*[\]】)）]?\s*[[【(（]?\s*小/;
const VIEW_COUNT = /(?:浏览|点击|阅读|查看|访问)(?:次数|量)?\s*[:：]/;
/**
 * A label, the account's name, then the stamp with its time, nothing after. A label of a time
 * (会议时间, 截止日期) names an event's day, not the post's.
 */
const ACCOUNT_STAMP = new RegExp(
  String.raw`^([\u4e00-\u9fff]{1,5})\s*[:：]\s*[^\s:：]{1,20}?\s*(?<![0-9])(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\s+${CLOCK}\s*$`,
);
const TIME_LABEL = /(?:时间|日期|截止|期限|时段|开始|结束)$/;

/**
 * The page's furniture line, the font-size switch and a count of views ("文字:[大][中][小]
 * 2022/8/26 浏览次数:"): it ends with a colon as a sentence introducing a list does, yet no story
 * starts there, and the dateline under it opens the story.
 */
export const isFurnitureLine = (t: string): boolean =>
  t.length <= INFO_MAX && FONT_SWITCH.test(t) && VIEW_COUNT.test(t);

function fieldsDate(t: string): string | null {
  if (!FONT_SWITCH.test(t) || !VIEW_COUNT.test(t)) return null;
  const dates = findDates(t).filter((d) => d.iso !== null);
  const d = dates[0];
  if (dates.length !== 1 || !d) return null;
  const before = t.slice(0, d.index);
  const after = t.slice(d.index + d.length);
  return /\s$/.test(before) && /^\s/.test(after) ? d.iso : null;
}

export function infoLineStamp(doc: KeyedText): string | null {
  for (const line of doc.lines) {
    const t = line.key.trim();
    if (/[。！？]/.test(t) && t.length > INFO_MAX) break;
    if (t === '' || t.length > INFO_MAX || /[。；！？，]/.test(t)) continue;
    const split = SPLIT_YEAR.exec(t);
    if (split) {
      const iso = isoDate(Number(split[1]), Number(split[2]), Number(split[3]));
      if (iso) return iso;
    }
    const fields = fieldsDate(t);
    if (fields) return fields;
    const account = ACCOUNT_STAMP.exec(t);
    if (account && !TIME_LABEL.test(account[1] ?? '')) {
      const iso = isoDate(Number(account[2]), Number(account[3]), Number(account[4]));
      if (iso) return iso;
    }
  }
  return null;
}
