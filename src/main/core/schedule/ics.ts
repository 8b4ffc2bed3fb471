/**
 * Deadlines as an iCalendar file (RFC 5545) for Outlook, WPS and phone calendars: an
 * app that is not running cannot remind anyone, a calendar can.
 * - all-day events (DTSTART;VALUE=DATE, DTEND the day after the last day), so no
 *   client shifts a deadline by the UTC offset;
 * - a VTIMEZONE for Asia/Shanghai and X-WR-TIMEZONE, which some clients need to
 *   place even all-day events;
 * - a UID from what the deadline is (programme, batch, unit code, kind, due date) under the
 *   ledger's own random namespace, never from row ids: importing the file again updates the
 *   events, also after the ledger was rebuilt, and two ledgers never share a UID;
 * - SEQUENCE and LAST-MODIFIED from the last change, so clients take the newer version;
 * - completed and waived items left out unless asked for;
 * - a 7-day VALARM on open items (clients may ignore alarms in imported files);
 * - CRLF line endings, lines folded at 75 octets without splitting a UTF-8 character,
 *   TEXT values escaped (\\ \; \, \n).
 */
import { createHash } from 'node:crypto';
import { addDays } from './dates';
import { deadlineWho, type DeadlineItem } from '../../../shared/schedule';

export function escapeText(s: string): string {
  return s
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds one content line: at most 75 octets per line, continuation lines start with a space. */
export function foldLine(line: string): string {
  const enc = new TextEncoder();
  const out: string[] = [];
  let cur = '';
  let octets = 0;
  for (const ch of line) {
    const n = enc.encode(ch).length;
    const limit = out.length === 0 ? 75 : 74; // the leading space of a continuation counts
    if (octets + n > limit) {
      out.push(cur);
      cur = '';
      octets = 0;
    }
    cur += ch;
    octets += n;
  }
  out.push(cur);
  return out.join('\r\n ');
}

const compact = (iso: string): string => iso.replace(/-/g, '');

const utcStamp = (d: Date): string =>
  d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** What makes an event itself, and when it last changed (see db/queries/calendar.ts). */
export interface EventIdentity {
  subject: readonly string[];
  changedAt: string;
}

/** A UID: a hash of the namespace and the deadline's identity, so it is opaque and stable. */
export function uidFor(namespace: string, parts: readonly string[]): string {
  const hash = createHash('sha256')
    .update([namespace, ...parts].join('\u001f'))
    .digest('hex');
  return `${hash.slice(0, 32)}@taizhang`;
}

/** Minutes since 2020 of the last change: grows with every change, as SEQUENCE must. */
const SEQUENCE_EPOCH = Date.UTC(2020, 0, 1);
export function sequenceOf(changedAt: string): number {
  const t = Date.parse(changedAt);
  return Number.isNaN(t) ? 0 : Math.max(0, Math.floor((t - SEQUENCE_EPOCH) / 60_000));
}

const STATUS_PREFIX: Record<string, string> = {
  done: '【已完成】',
  waived: '【已免除】',
  overdue: '【已逾期】',
};

function summaryOf(i: DeadlineItem): string {
  const who = i.record
    ? (i.record.regionText ?? i.record.unit ?? '')
    : (deadlineWho({ record: null, notice: i.notice }) ?? '');
  return `${STATUS_PREFIX[i.status] ?? ''}${who ? `${who}：` : ''}${i.label}`;
}

function descriptionOf(i: DeadlineItem): string {
  const lines = [
    i.endOn ? `期间：${i.dueOn} 至 ${i.endOn}` : `截止：${i.dueOn}`,
    i.record?.programme ? `项目：${i.record.programme}` : '',
    i.record?.title ? `实验主题：${i.record.title}` : '',
    i.notice?.title
      ? `通知：${i.notice.title}${i.notice.docNo ? `（${i.notice.docNo}）` : ''}`
      : '',
    i.rule.text ? `依据：${i.rule.text}` : '',
    i.note ? `备注：${i.note}` : '',
  ];
  return lines.filter(Boolean).join('\n');
}

const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Asia/Shanghai',
  'X-LIC-LOCATION:Asia/Shanghai',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0800',
  'TZOFFSETTO:+0800',
  'TZNAME:CST',
  'DTSTART:19700101T000000',
  'END:STANDARD',
  'END:VTIMEZONE',
];

export interface IcsOptions {
  now?: Date;
  calendarName?: string;
  /** The ledger's calendar namespace. */
  namespace?: string;
  /** Identity and last change per milestone id; without one an item falls back to its key. */
  identities?: ReadonlyMap<number, EventIdentity>;
  /** Also completed and waived items (default: only what is still to do). */
  includeDone?: boolean;
}

export const isCompleted = (i: DeadlineItem): boolean =>
  i.status === 'done' || i.status === 'waived';

export function milestonesToIcs(items: readonly DeadlineItem[], opts: IcsOptions = {}): string {
  const stamp = utcStamp(opts.now ?? new Date());
  const namespace = opts.namespace ?? 'taizhang';
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Taizhang//台账 期限//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(opts.calendarName ?? '台账期限')}`,
    'X-WR-TIMEZONE:Asia/Shanghai',
    ...VTIMEZONE,
  ];
  for (const i of items) {
    if (!opts.includeDone && isCompleted(i)) continue;
    const last = i.endOn ?? i.dueOn;
    const id = opts.identities?.get(i.id);
    const subject = id ? [...id.subject] : [i.key];
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uidFor(namespace, [...subject, i.kind, i.dueOn])}`,
      `DTSTAMP:${stamp}`,
    );
    if (id) {
      const changed = new Date(id.changedAt);
      if (!Number.isNaN(changed.getTime())) lines.push(`LAST-MODIFIED:${utcStamp(changed)}`);
      lines.push(`SEQUENCE:${sequenceOf(id.changedAt)}`);
    }
    lines.push(
      `DTSTART;VALUE=DATE:${compact(i.dueOn)}`,
      `DTEND;VALUE=DATE:${compact(addDays(last, 1))}`,
      `SUMMARY:${escapeText(summaryOf(i))}`,
      `DESCRIPTION:${escapeText(descriptionOf(i))}`,
      `CATEGORIES:${escapeText(i.label)}`,
      'TRANSP:TRANSPARENT',
      `STATUS:${i.status === 'waived' ? 'CANCELLED' : 'CONFIRMED'}`,
    );
    if (i.status === 'pending') {
      lines.push(
        'BEGIN:VALARM',
        'ACTION:DISPLAY',
        `DESCRIPTION:${escapeText(summaryOf(i))}`,
        'TRIGGER:-P7D',
        'END:VALARM',
      );
    }
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
