/**
 * Never silent about a date that cannot be: a notice that writes 2023年2月29日 or
 * 二〇二三年十三月四十五日 (a typing slip, a misread scan) gets neither an issue date nor a
 * deadline from it, and says so, pointing at the words — otherwise the notice shows 日期不详
 * and a deadline simply never appears, with nothing to tell staff why.
 *
 * Only the written form 年…月…日 is judged: digits joined by dots or dashes are as often
 * section, version or serial numbers as dates. A year outside the ledger's range
 * (1921年7月1日) is a real date and is not called impossible.
 */
import type { NoticeWarning } from '../../../../shared/domain';
import { CHINESE_NUMERAL_CHARS, parseNumber, parseYear } from './chinese-numerals';
import type { KeyedText } from './text-key';

const CN = `[${CHINESE_NUMERAL_CHARS}]`;
const WRITTEN_DATE = new RegExp(
  `(\\d{4}|${CN}{4})\\s*年\\s*(\\d{1,2}|${CN}{1,3})\\s*月\\s*(\\d{1,2}|${CN}{1,3})\\s*[日号]`,
  'g',
);

/** A garbled page could write hundreds; the first few say enough. */
const MAX_WARNINGS = 5;

/** Why the date cannot be, or null when it can. */
function whyImpossible(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12) return `没有${month}月`;
  if (day < 1) return `没有${day}日`;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return `${year}年${month}月只有${days}天`;
  return null;
}

export function impossibleDates(doc: KeyedText): NoticeWarning[] {
  const out: NoticeWarning[] = [];
  const seen = new Set<string>();
  for (const m of doc.key.matchAll(WRITTEN_DATE)) {
    if (out.length >= MAX_WARNINGS) break;
    const year = parseYear(m[1] ?? '');
    const month = parseNumber(m[2] ?? '');
    const day = parseNumber(m[3] ?? '');
    if (year === null || month === null || day === null) continue;
    const why = whyImpossible(year, month, day);
    if (!why) continue;
    const start = m.index;
    const end = start + m[0].length;
    const written = doc.text.slice(start, end);
    if (seen.has(written)) continue;
    seen.add(written);
    out.push({
      code: 'impossible_date',
      message: `日期“${written}”不存在（${why}），未据此读取发文日期或期限，请核对原件`,
      written,
      start,
      end,
    });
  }
  return out;
}
