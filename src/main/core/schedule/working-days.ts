/**
 * Chinese working days: public holidays are days off and make-up days (调休) are
 * working days, so "5个工作日" cannot be counted with weekends alone. The calendar
 * comes from chinese-days, bundled offline; for years it does not cover yet we fall
 * back to Monday–Friday and say so.
 */
import { getHolidaysInRange, isWorkday } from 'chinese-days';
import { addDays, parts } from './dates';

const covered = new Map<number, boolean>();

/** Whether the bundled holiday calendar knows this year (a year without any holiday is unknown). */
export function holidayDataCovers(year: number): boolean {
  let known = covered.get(year);
  if (known === undefined) {
    known = getHolidaysInRange(`${year}-01-01`, `${year}-12-31`, false).length > 0;
    covered.set(year, known);
  }
  return known;
}

export function isWorkingDay(iso: string): boolean {
  if (holidayDataCovers(parts(iso).y)) return isWorkday(iso);
  const dow = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return dow !== 0 && dow !== 6;
}

/**
 * The last day of a window of n working days that starts on `from`: `from` counts as
 * day 1 when it is a working day; otherwise counting starts on the next working day.
 */
export function workingDayWindowEnd(from: string, n: number): string {
  let day = from;
  let counted = 0;
  for (let guard = 0; guard < 3660; guard++) {
    if (isWorkingDay(day)) counted++;
    if (counted >= n) return day;
    day = addDays(day, 1);
  }
  return day;
}

/** The n-th working day after `from` (from itself not counted): "N个工作日内" after a date. */
export function addWorkingDays(from: string, n: number): string {
  return workingDayWindowEnd(addDays(from, 1), n);
}
