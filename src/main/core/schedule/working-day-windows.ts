/**
 * Objection windows written in working days ("公示期为5个工作日", "自2023年9月28日起公示5个
 * 工作日"). The importer reads windows with two explicit dates; this reads the ones
 * counted in 工作日 straight from the notice text, so a window across 国庆 ends on the
 * right day. The window starts on the date written in the sentence, else on the
 * notice's issue date (a 公示 runs from publication).
 */
import { CHINESE_NUMERAL_CHARS, parseNumber } from '../import/extract/chinese-numerals';
import { findDates } from '../import/extract/dates';
import { workingDayWindowEnd } from './working-days';

export interface WorkingDayWindow {
  text: string;
  start: number;
  end: number;
  from: string;
  to: string;
  workingDays: number;
}

const WINDOW = new RegExp(
  `(公示期|公示时间|公示|异议期)[^。；;\\n]{0,24}?([0-9０-９]+|[${CHINESE_NUMERAL_CHARS}]+)个工作日`,
);

export function workingDayWindows(rawText: string, issuedOn: string | null): WorkingDayWindow[] {
  const out: WorkingDayWindow[] = [];
  // Every window names 个工作日: a notice without it need not be cut into sentences.
  if (!rawText.includes('个工作日')) return out;
  for (const m of rawText.matchAll(/[^。；;！!？?\n]+[。；;！!？?]?/g)) {
    const sentence = m[0];
    const w = WINDOW.exec(sentence);
    if (!w) continue;
    const n = parseNumber(w[2] ?? '');
    if (n === null || n < 1 || n > 60) continue;
    const dates = findDates(sentence).filter((d) => d.iso !== null);
    // Two dates ("4月18日至4月24日") are an explicit window: the importer's rule covers it.
    if (dates.length >= 2) continue;
    const from = dates[0]?.iso ?? issuedOn;
    if (!from) continue;
    const lead = sentence.length - sentence.trimStart().length;
    const start = (m.index ?? 0) + lead;
    const text = sentence.trim();
    out.push({
      text,
      start,
      end: start + text.length,
      from,
      to: workingDayWindowEnd(from, n),
      workingDays: n,
    });
  }
  return out;
}
