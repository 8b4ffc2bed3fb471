/**
 * Dates as notices write them: 2019年3月25日, 二〇一九年三月二十五日, 2020/12/31,
 * 2022-03-18, 2022.3.18. Impossible dates (2月30日, 13月) are null, never a crash.
 */
import { CHINESE_NUMERAL_CHARS, parseNumber, parseYear } from './chinese-numerals';

const CN = `[${CHINESE_NUMERAL_CHARS}]`;
// A year in Chinese digits may be typed with an Arabic 0 for 〇 (二0二二年三月二十五日); a longer
// run of digits (a file number's 一0二0二二年…) holds no year at its tail.
const Y = `(\\d{4}|(?<![0-9${CHINESE_NUMERAL_CHARS}])(?:${CN}|0){4})`;
const MD = `(\\d{1,2}|${CN}{1,3})`;

/** Matches one written date; groups: 1 year, 2 month, 3 day (CJK form) or 4-6 (numeric form). */
export const DATE_PATTERN = new RegExp(
  `${Y}\\s*年\\s*${MD}\\s*月\\s*${MD}\\s*[日号]|(\\d{4})\\s*[-/.]\\s*(\\d{1,2})\\s*[-/.]\\s*(\\d{1,2})(?!\\d)`,
  'g',
);

/** The last day of a month: a due date "6月底前" written without its day. */
export function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1949 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const dim = lastDay(year, month);
  if (day > dim) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export interface FoundDate {
  iso: string | null;
  index: number;
  length: number;
}

/** Every date written in `key` (a text key), valid or not. */
export function findDates(key: string): FoundDate[] {
  const out: FoundDate[] = [];
  for (const m of key.matchAll(DATE_PATTERN)) {
    let iso: string | null;
    if (m[1] !== undefined) {
      const y = parseYear(m[1]);
      const mo = parseNumber(m[2] ?? '');
      const d = parseNumber(m[3] ?? '');
      iso = y !== null && mo !== null && d !== null ? isoDate(y, mo, d) : null;
    } else {
      iso = isoDate(Number(m[4]), Number(m[5]), Number(m[6]));
    }
    out.push({ iso, index: m.index ?? 0, length: m[0].length });
  }
  return out;
}

export function parseDate(text: string): string | null {
  return findDates(text)[0]?.iso ?? null;
}

/** Month and day without a year (新华社北京3月18日电, 4月24日): the year comes from context. */
export function parseMonthDay(text: string): { month: number; day: number } | null {
  const m = new RegExp(`${MD}\\s*月\\s*${MD}\\s*[日号]`).exec(text);
  if (!m) return null;
  const month = parseNumber(m[1] ?? '');
  const day = parseNumber(m[2] ?? '');
  if (month === null || day === null || month < 1 || month > 12 || day < 1 || day > 31) return null;
  return { month, day };
}
