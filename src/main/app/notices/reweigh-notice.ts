/**
 * A notice's role changed after import (a progress report that is really an acceptance
 * result, a "notice" that is a newspaper's story): what it contributed is weighed again,
 * inside the edit's operation.
 * - Events: a notice now read as an acceptance, revocation or extension tells that outcome
 *   of every unit it names (what a unit's own line says first); read as anything else, the
 *   outcomes only its role gave are taken back, and what its lines state stays. A news
 *   item's events give way to official ones (core/records/status-events.ts). A unit it only
 *   retold from an earlier batch (a joined mention marked `retold`) was never its to judge,
 *   whatever its role: it tells no outcome of it and gives it no value, as at import.
 * - Values: the worded values (title, content) of the records it names are chosen again
 *   over all their mentions by source authority, so a notice turned into news no longer
 *   holds a value an official notice also gives; a value a person set stays.
 * - Duties its events closed are opened again; the regeneration that follows closes what
 *   the records' deciding events still close.
 */
import type { ItemOutcome, NoticeRole } from '../../../shared/notice-roles';
import { outcomeIn } from '../../core/import/extract/outcomes';
import { keyOf } from '../../core/import/extract/text-key';
import { authorityOf, takesField, type ValueSource } from '../../core/records/source-authority';
import type { WriteTx } from '../../db/write/write-tx';
import { storedTieBreak } from '../records/notice-tie-break';
import { closeCreationsByNaming } from '../records/naming-closes';
import { refreshStatus, sentenceAround } from '../records/record-events';

/** Roles that are themselves an outcome for every unit the notice names. */
const ROLE_OUTCOME: Partial<Record<NoticeRole, ItemOutcome>> = {
  acceptance: { status: '已验收' },
  revocation: { status: '已撤销' },
  extension: { status: '已延期' },
};

const WORDED = ['title', 'content'] as const;

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

interface MentionRow {
  id: number;
  recordId: number;
  extracted: string;
  spanStart: number;
  spanEnd: number;
  hasEvent: number;
}

const statedOutcome = (extracted: string): ItemOutcome | null => {
  try {
    return (JSON.parse(extracted) as { outcome?: ItemOutcome }).outcome ?? null;
  } catch {
    return null;
  }
};

/** The quoted line or sentence states an outcome itself (a conclusion cell, "通过结项验收"). */
const statedIn = (sentence: string) =>
  sentence.split(/\n+/).some((line) => outcomeIn(keyOf(line)) !== null);

/**
 * A joined mention of a unit retold from an earlier batch (notice-changes.ts): the record is
 * that batch's, and the retelling notice may say nothing of it but that it was named. One
 * made a record by the reviewer's choice (not joined) is the notice's own like any other.
 */
const RETOLD_JOIN = `m.joined = 1 AND json_extract(m.extracted, '$.retold') IS 1`;

function mentionsOf(tx: WriteTx, noticeId: number): MentionRow[] {
  return tx.db
    .prepare(
      `SELECT m.id, m.record_id AS recordId, m.extracted, m.span_start AS spanStart,
              m.span_end AS spanEnd,
              EXISTS (SELECT 1 FROM record_events e WHERE e.mention_id = m.id) AS hasEvent
         FROM mentions m JOIN records r ON r.id = m.record_id
        WHERE m.notice_id = ? AND r.merged_into IS NULL AND r.deleted_at IS NULL
          AND NOT (${RETOLD_JOIN})
        ORDER BY m.id`,
    )
    .all(noticeId) as MentionRow[];
}

/** Events follow the new role: its outcome for every named unit, or only what lines state. */
function reweighEvents(
  tx: WriteTx,
  notice: { id: number; rawText: string; issuedOn: string | null },
  role: NoticeRole | null,
  mentions: readonly MentionRow[],
) {
  const byRole = role ? ROLE_OUTCOME[role] : undefined;
  for (const m of mentions) {
    const stated = statedOutcome(m.extracted);
    if (!m.hasEvent && (stated ?? byRole)) {
      const o = stated ?? byRole!;
      tx.insert('record_events', {
        record_id: m.recordId,
        notice_id: notice.id,
        mention_id: m.id,
        status: o.status,
        grade: o.grade ?? null,
        until_on: o.until ?? null,
        occurred_on: o.on ?? notice.issuedOn,
        sentence: sentenceAround(notice.rawText, m.spanStart, m.spanEnd),
        created_at: tx.now,
      });
    } else if (m.hasEvent && !stated && !byRole) {
      const events = tx.db
        .prepare('SELECT id, sentence FROM record_events WHERE mention_id = ?')
        .all(m.id) as { id: number; sentence: string }[];
      // A mention stored before outcomes were kept with it: its quoted words still tell.
      for (const e of events) if (!statedIn(e.sentence)) tx.remove('record_events', e.id);
    }
  }
}

/** The worded values of one record, chosen again over all its mentions. */
function reweighValues(tx: WriteTx, recordId: number) {
  const sources = tx.db
    .prepare(
      `SELECT m.id, m.extracted, n.role, n.issued_on AS issuedOn, n.sha256 AS sha
         FROM mentions m JOIN notices n ON n.id = m.notice_id AND n.withdrawn_at IS NULL
        WHERE m.record_id = ? AND NOT (${RETOLD_JOIN})
        ORDER BY n.issued_on IS NULL, n.issued_on, m.id`,
    )
    .all(recordId) as {
    id: number;
    extracted: string;
    role: string | null;
    issuedOn: string | null;
    sha: string;
  }[];
  // Equally dated notices in their tie-break's order, as an import would weigh them.
  const tieBreaks = new Map(sources.map((s) => [s.id, storedTieBreak(tx.db, s.sha)]));
  sources.sort(
    (a, b) =>
      Number(a.issuedOn === null) - Number(b.issuedOn === null) ||
      compare(a.issuedOn ?? '', b.issuedOn ?? '') ||
      compare(tieBreaks.get(a.id)!, tieBreaks.get(b.id)!) ||
      a.id - b.id,
  );
  const record = tx.db.prepare('SELECT * FROM records WHERE id = ?').get(recordId) as Record<
    string,
    unknown
  >;
  const setBy = new Map(
    (
      tx.db
        .prepare('SELECT field, mention_id AS mentionId FROM field_sources WHERE record_id = ?')
        .all(recordId) as { field: string; mentionId: number | null }[]
    ).map((p) => [p.field, p.mentionId]),
  );
  const patch: Record<string, string | null> = {};
  for (const field of WORDED) {
    // A value a person typed is theirs (provenance without a mention).
    if (setBy.has(field) && setBy.get(field) === null) continue;
    let cur: { value: unknown; source: ValueSource | null; mentionId: number | null } = {
      value: null,
      source: null,
      mentionId: null,
    };
    for (const s of sources) {
      const extracted = JSON.parse(s.extracted) as Record<string, unknown>;
      const value = typeof extracted[field] === 'string' ? extracted[field] : null;
      const source = {
        authority: authorityOf(s.role),
        issuedOn: s.issuedOn,
        tieBreak: tieBreaks.get(s.id)!,
      };
      if (takesField(field, cur, { value, source })) cur = { value, source, mentionId: s.id };
    }
    const value = cur.value === '' || cur.value === undefined ? null : (cur.value as string | null);
    if ((record[field] ?? null) !== value) patch[field] = value;
    if (cur.mentionId !== null && setBy.get(field) !== cur.mentionId)
      tx.setProvenance(recordId, field, { mentionId: cur.mentionId, opId: tx.opId });
  }
  if (Object.keys(patch).length) tx.update('records', recordId, { ...patch, updated_at: tx.now });
}

/** Duties closed in the name of this notice's events, open again until regeneration decides. */
export function reopenClosedBy(tx: WriteTx, name: string, recordIds: readonly number[]) {
  const closed = tx.db
    .prepare(
      `SELECT id FROM milestones
        WHERE record_id IN (SELECT value FROM json_each(?)) AND status IN ('done', 'waived')
          AND instr(note, ?) > 0`,
    )
    .all(JSON.stringify(recordIds), `：《${name}》`) as { id: number }[];
  for (const m of closed)
    tx.update('milestones', m.id, { status: 'pending', note: null, updated_at: tx.now });
}

/**
 * After a notice's role changed (`name`: its title as the closing notes quote it, before
 * the edit). The caller regenerates the notice's milestones afterwards.
 */
export function reweighNotice(tx: WriteTx, noticeId: number, name: string): void {
  const notice = tx.db
    .prepare(
      'SELECT id, raw_text AS rawText, issued_on AS issuedOn, role FROM notices WHERE id = ?',
    )
    .get(noticeId) as { id: number; rawText: string; issuedOn: string | null; role: string | null };
  const mentions = mentionsOf(tx, noticeId);
  const recordIds = [...new Set(mentions.map((m) => m.recordId))];
  reweighEvents(tx, notice, notice.role as NoticeRole | null, mentions);
  // A naming closes the creation whatever the notice's role: what the role took back, it gives.
  closeCreationsByNaming(tx, recordIds);
  for (const id of recordIds) reweighValues(tx, id);
  reopenClosedBy(tx, name, recordIds);
  refreshStatus(tx, recordIds);
}
