/**
 * Gives a record the acceptance a later naming tells (core/records/naming-closes-creation.ts):
 * run after each import on the records it touched, in whichever order the creation list and the
 * naming came, so the ledger holds the same event either way. The event is the naming notice's
 * (its mention, date and sentence), written in the import's operation and undone with it.
 */
import {
  decidesNaming,
  mayClose,
  namingsThatClose,
  tellsCreation,
  type MentionTold,
} from '../../core/records/naming-closes-creation';
import { simplifiedKey } from '../../core/import/readers/simplified-key';
import { pluckedStatement } from '../../db/write/statements';
import type { WriteTx } from '../../db/write/write-tx';
import { RETOLD_REASON } from '../import/retold-reason';
import { refreshStatus, sentenceAround, type WrittenEvent } from './record-events';

interface MentionRow {
  mentionId: number;
  recordId: number;
  noticeId: number;
  issuedOn: string | null;
  spanStart: number;
  spanEnd: number;
  reason: string | null;
  programme: string | null;
}

type ToldRow = MentionRow & MentionTold & { rawText: string };

/** Writes the acceptance events namings give the records (`recordIds`); returns them. */
export function closeCreationsByNaming(tx: WriteTx, recordIds: readonly number[]): WrittenEvent[] {
  const ids = [...new Set(recordIds.filter((id) => id > 0))];
  if (ids.length === 0) return [];
  // The mentions without their notices' texts: a record joined on a large ledger brings the
  // long texts of the notices that listed it before, and most records cannot be closed at all.
  const rows = tx.db
    .prepare(
      `SELECT m.id AS mentionId, m.record_id AS recordId, n.id AS noticeId,
              n.issued_on AS issuedOn, m.span_start AS spanStart, m.span_end AS spanEnd,
              m.reason, r.programme
         FROM mentions m JOIN notices n ON n.id = m.notice_id AND n.withdrawn_at IS NULL
         JOIN records r ON r.id = m.record_id
        WHERE m.record_id IN (SELECT value FROM json_each(?))
        ORDER BY m.record_id, m.id`,
    )
    .all(JSON.stringify(ids)) as MentionRow[];
  const byRecord = new Map<number, MentionRow[]>();
  for (const r of rows) {
    // A retelling of an earlier batch is no naming of this one.
    if (r.reason?.startsWith(RETOLD_REASON)) continue;
    const mine = byRecord.get(r.recordId);
    if (mine) mine.push(r);
    else byRecord.set(r.recordId, [r]);
  }
  // Each notice's text read once, when a record may need it (simplified: a traditional copy
  // tells the same); whether it names a title is asked once per programme (a naming closes
  // only its own title's creation).
  const rawText = pluckedStatement(tx.db, 'SELECT raw_text FROM notices WHERE id = ?');
  const texts = new Map<number, { raw: string; text: string; creation: boolean }>();
  const textOf = (noticeId: number) => {
    let t = texts.get(noticeId);
    if (!t) {
      const raw = rawText.get(noticeId) as string;
      const text = simplifiedKey(raw);
      t = { raw, text, creation: tellsCreation(text) };
      texts.set(noticeId, t);
    }
    return t;
  };
  const namings = new Map<string, boolean>();
  const told = (r: MentionRow): ToldRow => {
    const t = textOf(r.noticeId);
    const key = `${r.noticeId}|${r.programme ?? ''}`;
    let naming = namings.get(key);
    if (naming === undefined) {
      naming = decidesNaming(t.text, r.programme && simplifiedKey(r.programme));
      namings.set(key, naming);
    }
    const sentence = sentenceAround(t.text, r.spanStart, r.spanEnd);
    const unitCreating = tellsCreation(sentence);
    return { ...r, rawText: t.raw, creation: t.creation, naming, unitCreating };
  };
  // The notices that already told each record's acceptance (a naming read on its own page).
  const toldBy = tx.db
    .prepare(
      `SELECT x.record_id AS recordId, e.notice_id AS noticeId
         FROM record_events e JOIN mentions x ON x.id = e.mention_id
        WHERE x.record_id IN (SELECT value FROM json_each(?)) AND e.status = '已验收'`,
    )
    .all(JSON.stringify(ids)) as { recordId: number; noticeId: number }[];
  const written: WrittenEvent[] = [];
  for (const id of ids) {
    const mine = byRecord.get(id) ?? [];
    if (!mayClose(mine, (noticeId) => textOf(noticeId).creation)) continue;
    const already = new Set(toldBy.filter((t) => t.recordId === id).map((t) => t.noticeId));
    for (const closing of namingsThatClose(mine.map(told))) {
      if (already.has(closing.noticeId)) continue;
      tx.insert('record_events', {
        record_id: id,
        notice_id: closing.noticeId,
        mention_id: closing.mentionId,
        status: '已验收',
        grade: null,
        until_on: null,
        occurred_on: closing.issuedOn,
        sentence: sentenceAround(closing.rawText, closing.spanStart, closing.spanEnd),
        created_at: tx.now,
      });
      written.push({ recordId: id, status: '已验收' });
    }
  }
  refreshStatus(
    tx,
    written.map((w) => w.recordId),
  );
  return written;
}
