/**
 * A work plan's stages in one sentence ("2025年6月底前完成自评，9月底前报送总结报告"): after a date
 * written with its year, a later stage's bare month ("9月底前", "11月30日前") is in that year — the
 * next one's when its month comes before the stage before it. Only a stage that follows a dated
 * one in the same sentence; a bare month alone is the notice's year's (rule-deadlines.ts).
 */
import { CHINESE_NUMERAL_CHARS, parseNumber, parseYear } from './chinese-numerals';
import { isoDate, lastDay } from './dates';

const N = `([0-9]+|[${CHINESE_NUMERAL_CHARS}]+)`;
const YEAR = `((?:19|20)[0-9]{2}|[${CHINESE_NUMERAL_CHARS}]{4})`;
/** A stage's date with its year: where the sentence's year is set. */
const DATED = new RegExp(`${YEAR}年${N}月(?:${N}日|底|末)?(?:前|之前|以前)`, 'g');
/**
 * A later stage's bare month after a clause break, before its own duty ("，9月底前报送…"); a
 * month right after 年 is the dated one itself.
 */
const BARE_STAGE = new RegExp(
  `(?<=[，,；;]\\s*)(?:于|在)?${N}月(?:${N}日|(底|末))(?:前|之前|以前)`,
  'g',
);
/** What was already done by a stage's date (已完成, 均已建成) sets nothing. */
const DONE = /^[^。；]{0,16}?已(?:经)?/;

const num = (s: string | undefined): number | null => (s === undefined ? null : parseNumber(s));

export function stagedDates(key: string): { date: string; endOfMonth: boolean }[] {
  const dated = [...key.matchAll(DATED)];
  if (dated.length === 0) return [];
  let year: number | null = null;
  let month: number | null = null;
  let since = -1;
  const out: { date: string; endOfMonth: boolean }[] = [];
  for (const m of key.matchAll(BARE_STAGE)) {
    const at = m.index ?? 0;
    // A stage dated with its year after the last bare one sets the year again
    // ("2024年6月底前…，2025年3月底前…，9月底前…": September is 2025's).
    const last = dated.filter((x) => (x.index ?? 0) < at).at(-1);
    if (last && (last.index ?? 0) > since) {
      year = parseYear(last[1] ?? '');
      month = num(last[2]);
      since = last.index ?? 0;
    }
    if (year === null || month === null) continue;
    if (DONE.test(key.slice(at + m[0].length))) continue;
    const mo = num(m[1]);
    if (mo === null || mo < 1 || mo > 12) continue;
    // A stage's month before the one before it is in the next year (11月底前…，次年… aside).
    if (mo < month) year += 1;
    const d = num(m[2]);
    const date = isoDate(year, mo, d ?? lastDay(year, mo));
    if (date) out.push({ date, endOfMonth: d === null });
    month = mo;
  }
  return out;
}
