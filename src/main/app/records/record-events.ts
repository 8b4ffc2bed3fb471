/**
 * Status events: what a notice says happened to a record (已验收 with grade, 未通过,
 * 已撤销, 已延期 with the new end), dated by the notice and quoted from it. A record's status
 * is read from its events; a status a person typed is theirs and stays.
 */
import type { ItemGrade, ItemStatus } from '../../../shared/notice-roles';
import type { RecordDraft } from '../../../shared/ledger-drafts';
import {
  authoritative,
  decidingEvent,
  statusText,
  type StatusEvent,
} from '../../core/records/status-events';
import { eventsOf, type EventRow } from '../../db/queries/identity';
import type { WriteTx } from '../../db/write/write-tx';

export interface EventItem {
  recordId: number;
  mentionId: number;
  draft: RecordDraft;
}

export interface WrittenEvent {
  recordId: number;
  status: string;
}

/** What an event quotes for a row added by hand in the import preview (its span is empty). */
const NO_SENTENCE = '（导入预览中手工补录，通知原文中没有对应语句）';

/** The sentence (or line) of `text` around a span: what the event quotes. */
export function sentenceAround(text: string, start: number, end: number): string {
  // An empty span names nothing in the text: quoting the lines around it would be made up.
  if (end <= start) return NO_SENTENCE;
  const stops = /[。；;\n]/;
  let a = start;
  while (a > 0 && !stops.test(text[a - 1]!) && start - a < 400) a--;
  let b = end;
  while (b < text.length && !stops.test(text[b]!) && b - end < 800) b++;
  if (b < text.length && text[b] !== '\n') b++;
  return text.slice(a, b).trim();
}

/** One event per item whose notice states an outcome; then the records' statuses follow. */
export function writeEvents(
  tx: WriteTx,
  notice: { id: number; rawText: string; issuedOn: string | null },
  items: readonly EventItem[],
): WrittenEvent[] {
  const written: WrittenEvent[] = [];
  for (const it of items) {
    const o = it.draft.outcome;
    if (!o) continue;
    tx.insert('record_events', {
      record_id: it.recordId,
      notice_id: notice.id,
      mention_id: it.mentionId,
      status: o.status,
      grade: o.grade ?? null,
      until_on: o.until ?? null,
      occurred_on: o.on ?? notice.issuedOn,
      sentence: sentenceAround(notice.rawText, it.draft.span.start, it.draft.span.end),
      created_at: tx.now,
    });
    written.push({ recordId: it.recordId, status: o.status });
  }
  refreshStatus(
    tx,
    written.map((w) => w.recordId),
  );
  return written;
}

/** The event that tells a record's status from its events (null: none does, 实验中). */
export function statusEventOf(events: readonly EventRow[]): (EventRow & StatusEvent) | null {
  const typed = events.map((e) => ({
    ...e,
    status: e.status as ItemStatus,
    grade: e.grade as ItemGrade | null,
  }));
  return decidingEvent(authoritative(typed));
}

/** Sets each record's status from its events, unless a person set it. */
export function refreshStatus(tx: WriteTx, recordIds: readonly number[]): number {
  if (recordIds.length === 0) return 0;
  const ids = [...new Set(recordIds)];
  const events = eventsOf(tx.db, ids);
  const personal = new Set(
    (
      tx.db
        .prepare(
          `SELECT record_id AS id FROM field_sources
            WHERE field = 'status' AND mention_id IS NULL
              AND record_id IN (SELECT value FROM json_each(?))`,
        )
        .all(JSON.stringify(ids)) as { id: number }[]
    ).map((r) => r.id),
  );
  let changed = 0;
  for (const id of ids) {
    if (personal.has(id)) continue;
    const mine = events.filter((e) => e.recordId === id);
    changed += tx.update('records', id, { status: statusText(statusEventOf(mine)) });
  }
  return changed;
}
