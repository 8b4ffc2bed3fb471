/**
 * A news story's lead opening with the day it tells of ("11月4日，某省卫生健康委发布…",
 * "8月19日，记者从某厅获悉…"): a story written the day its news broke, with no stamp on the
 * page, is dated by that day. The lead writes no year; the year is the one the text gives the
 * same month elsewhere ("公示时间：2021年11月4日至…", "2023年12月至2024年1月"), or the year
 * the lead's own sentence opens with after the day ("2月17日，2023年全省民政工作会议召开").
 * With neither, no date: a year guessed from a cited document would date another round. Nor
 * does a lead telling of an organ publishing a document ("9月20日，省司法厅发布了《…》",
 * "3月24日，某办发布关于…的公示") date the story: its day is the cited document's.
 */
import { isoDate, parseMonthDay } from './dates';
import type { KeyedText } from './text-key';

/** The day first in the lead, before its comma or the time of day (上午, 下午, 晚). */
const LEAD_DAY = /^([0-9]{1,2})月([0-9]{1,2})日(?:[上下]午|晚上?|早上?)?\s*[，,]/;
/** An organ publishing a document, named in quotes or by its 关于… title. */
const PUBLISHES_DOCUMENT = /(?:发布|印发|公布|下发|转发)了?\s*(?:《|关于)/;
/** How far into the text a written year of the same month counts (the story, not its tail). */
const YEAR_SPAN = 3000;

function yearOfMonth(text: string, month: number): number | null {
  const re = /((?:19|20)[0-9]{2})年\s*([0-9]{1,2})月/g;
  for (const m of text.slice(0, YEAR_SPAN).matchAll(re)) {
    if (Number(m[2]) === month) return Number(m[1]);
  }
  return null;
}

export function leadDate(doc: KeyedText, bodyLine: number | null): string | null {
  if (bodyLine === null) return null;
  const line = doc.lines[bodyLine]?.key.trim() ?? '';
  const lead = LEAD_DAY.exec(line);
  if (!lead) return null;
  const sentence = line.split('。')[0] ?? '';
  if (PUBLISHES_DOCUMENT.test(sentence)) return null;
  const md = parseMonthDay(lead[0]);
  if (!md) return null;
  const own = /^((?:19|20)[0-9]{2})年(?![0-9]{1,2}月)/.exec(line.slice(lead[0].length).trim());
  const year = yearOfMonth(doc.key, md.month) ?? (own ? Number(own[1]) : null);
  return year === null ? null : isoDate(year, md.month, md.day);
}
