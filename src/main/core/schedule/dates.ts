/**
 * Calendar dates as "YYYY-MM-DD" strings. Deadlines are whole days in Beijing time, so
 * everything here is pure date arithmetic in UTC (no time zone can shift a day).
 */
import { CHINA_OFFSET_MS } from '../../../shared/china-time';

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function isoOf(y: number, m: number, d: number): string {
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

export function parts(iso: string): { y: number; m: number; d: number } {
  return { y: Number(iso.slice(0, 4)), m: Number(iso.slice(5, 7)), d: Number(iso.slice(8, 10)) };
}

const toUtc = (iso: string): number => {
  const { y, m, d } = parts(iso);
  return Date.UTC(y, m - 1, d);
};

const fromUtc = (t: number): string => new Date(t).toISOString().slice(0, 10);

export function isIsoDate(s: unknown): s is string {
  return typeof s === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(s) && fromUtc(toUtc(s)) === s;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function addDays(iso: string, n: number): string {
  return fromUtc(toUtc(iso) + n * 86_400_000);
}

/** Adds months keeping the day, clamped to the month's end (2020-01-31 + 1 → 2020-02-29). */
export function addMonths(iso: string, n: number): string {
  const { y, m, d } = parts(iso);
  const total = y * 12 + (m - 1) + n;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  return isoOf(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

export function addYears(iso: string, n: number): string {
  return addMonths(iso, n * 12);
}

/** Whole days from a to b (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return Math.round((toUtc(b) - toUtc(a)) / 86_400_000);
}

export function monthsBetween(a: string, b: string): number {
  const pa = parts(a);
  const pb = parts(b);
  return (pb.y - pa.y) * 12 + (pb.m - pa.m);
}

export const maxDate = (a: string, b: string): string => (a >= b ? a : b);

/** A date in a given year from a rule's month/day; day null or 'end' means the month's last day. */
export function dateInYear(year: number, month: number, day: number | null | undefined): string {
  const last = daysInMonth(year, month);
  return isoOf(year, month, day === null || day === undefined ? last : Math.min(day, last));
}

/** Today in Beijing: staff's "today" does not flip at UTC midnight (08:00 local). */
export function todayInChina(now = new Date()): string {
  return fromUtc(now.getTime() + CHINA_OFFSET_MS);
}
