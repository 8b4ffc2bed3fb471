/**
 * Dates as staff write them, whatever the system's locale: shown as 2024-05-01, typed in
 * any of the usual forms (2024-5-1, 2024/05/01, 2024.5.1, 2024年5月1日, 20240501). A
 * browser's own date field would show 05/01/2024 on an English system, so every date field
 * is this text form (components/DateInput.tsx).
 */
import { CHINA_OFFSET_MS } from '../../../shared/china-time';

const pad = (n: number) => String(n).padStart(2, '0');

/** The ISO date a typed text means, or null when it is no real date. */
export function parseDateText(text: string): string | null {
  const t = text.trim().replace(/\s+/g, '');
  const m =
    /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(t) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const at = new Date(Date.UTC(y, mo - 1, d));
  if (at.getUTCFullYear() !== y || at.getUTCMonth() !== mo - 1 || at.getUTCDate() !== d)
    return null;
  return `${y}-${pad(mo)}-${pad(d)}`;
}

/**
 * A moment (an ISO timestamp, stored in UTC) in China time as 2024-05-01 09:30:05 (without
 * seconds: 2024-05-01 09:30), whatever the machine's time zone or locale: the same clock as
 * 填报日期, deadlines and the command line's history, so an import at 01:30 in Beijing is
 * not stamped the day before on a machine set to UTC.
 */
export function dateTimeText(iso: string, seconds = true): string {
  const at = new Date(iso);
  if (!iso || Number.isNaN(at.getTime())) return iso;
  const t = new Date(at.getTime() + CHINA_OFFSET_MS);
  const time = `${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`;
  return (
    `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())} ` +
    (seconds ? `${time}:${pad(t.getUTCSeconds())}` : time)
  );
}

/** The same, to the minute. */
export const minuteText = (iso: string): string => dateTimeText(iso, false);
