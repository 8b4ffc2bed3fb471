/**
 * A news story's lead opening with the day it tells of ("11月4日，某省卫生健康委发布…",
 * "8月19日，记者从某厅获悉…"): a story written the day its news broke, with no stamp on the
 * page, is dated by that day. The lead writes no year; the year is the one the text gives the
 * same day elsewhere ("公示时间：2021年11月4日至…"), or a span the text closes in that month
 * ("2023年12月至2024年1月"), or the year of a meeting the lead's own sentence opens with after
 * the day ("2月17日，2023年全省民政工作会议召开"). A year written with the month alone tells
 * of another event, often a year before ("7月12日，…交流会召开…2017年7月，民政部确定首批…",
 * "自2021年5月启动，历时一年"), and a year before a round (2022年度…评选结果揭晓) names the
 * round, which a story tells the next year. With none, no date. Nor
 * does a lead telling of an organ publishing a document ("9月20日，省司法厅发布了《…》",
 * "3月24日，某办发布关于…的公示") date the story: its day is the cited document's. A lead that
 * writes its day whole as the day the news was learned ("2019年10月30日，从某局获悉…") is dated by
 * it, after the headline a copied page may run into the lead's line.
 */
import { isoDate, parseMonthDay } from './dates';
import type { KeyedText } from './text-key';

/** The day first in the lead, before its comma or the time of day (上午, 下午, 晚). */
const LEAD_DAY = /^([0-9]{1,2})月([0-9]{1,2})日(?:[上下]午|晚上?|早上?)?\s*[，,]/;
/** An organ publishing a document, named in quotes or by its 关于… title. */
export const PUBLISHES_DOCUMENT = /(?:发布|印发|公布|下发|转发)了?\s*(?:《|关于)/;
/** How far into the text a written year of the same month counts (the story, not its tail). */
const YEAR_SPAN = 3000;

/** A written year with its month, the day after it, or the span it closes (至…, 到…, —…). */
const YEAR_MONTH = /([至到~—－-]\s*)?((?:19|20)[0-9]{2})年\s*([0-9]{1,2})月(?:\s*([0-9]{1,2})日)?/g;
/** The lead's own year opening a meeting's name, held that day ("2023年全省民政工作会议召开"). */
const OWN_MEETING = /^((?:19|20)[0-9]{2})年(?![0-9]{1,2}月|度)[^，。；]{2,30}(?:召开|举行|开幕)/;

function yearOfDay(text: string, month: number, day: number): number | null {
  for (const m of text.slice(0, YEAR_SPAN).matchAll(YEAR_MONTH)) {
    if (Number(m[3]) !== month) continue;
    if (m[4] ? Number(m[4]) === day : Boolean(m[1])) return Number(m[2]);
  }
  return null;
}

/**
 * The lead opening with its day written whole and the reporter learning the news that day
 * ("2019年10月30日，从某局获悉…", "…，记者从某厅了解到"): the story's own day. A whole day before
 * what an organ did ("2017年11月28日，民政部确定…") tells the event, which a story may tell later.
 */
const WHOLE_LEAD_DAY =
  /^((?:19|20)[0-9]{2})年([0-9]{1,2})月([0-9]{1,2})日(?:[上下]午|晚上?|早上?)?\s*[，,](?=[^，,。]{0,24}(?:获悉|了解到|得知))/;

/**
 * The body's first line without the headline a copied page runs into it ("某园区通过考核 2019年
 * 10月30日，…"): a line above it that the lead repeats before a space is that headline.
 */
function withoutRepeatedHeadline(doc: KeyedText, bodyLine: number, line: string): string {
  for (const above of doc.lines.slice(0, bodyLine)) {
    const head = above.key.trim();
    if (head.length >= 6 && line.startsWith(head) && /^\s/.test(line.slice(head.length)))
      return line.slice(head.length).trim();
  }
  return line;
}

export function leadDate(doc: KeyedText, bodyLine: number | null): string | null {
  if (bodyLine === null) return null;
  const line = withoutRepeatedHeadline(doc, bodyLine, doc.lines[bodyLine]?.key.trim() ?? '');
  const whole = WHOLE_LEAD_DAY.exec(line);
  if (whole && !PUBLISHES_DOCUMENT.test(line.split('。')[0] ?? ''))
    return isoDate(Number(whole[1]), Number(whole[2]), Number(whole[3]));
  const lead = LEAD_DAY.exec(line);
  if (!lead) return null;
  const sentence = line.split('。')[0] ?? '';
  if (PUBLISHES_DOCUMENT.test(sentence)) return null;
  const md = parseMonthDay(lead[0]);
  if (!md) return null;
  const own = OWN_MEETING.exec(line.slice(lead[0].length).trim());
  const year = yearOfDay(doc.key, md.month, md.day) ?? (own ? Number(own[1]) : null);
  return year === null ? null : isoDate(year, md.month, md.day);
}
