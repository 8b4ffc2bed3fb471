/**
 * A later notice's mention that joined the wrong record (某街道's acceptance on 某社区's zone)
 * is moved off it (拆出为新记录), or onto the record it belongs to (改关联到…), as one
 * operation through the write door, so 撤销 puts the ledger back row for row:
 * - the mention moves with its status events; on a new record it is that record's first
 *   source (its values are what the notice wrote: place, unit, title, content, the place
 *   read again through the gazetteer; kind, programme, year and batch are the record's it
 *   joined, which identity found the same);
 * - the record it leaves gets back the values and sources the mention had won
 *   (mention-takeback.ts), weighed again against the later sources that lost them to it
 *   (reweigh-left.ts), its duties the mention's events closed are opened again, and
 *   both records' status and deadlines are worked out again from what each now holds;
 * - the person's judgement is remembered: a refusal of that way of writing the unit on the
 *   record it left (join_refusals, followed by the next import's join) and, as 不重复, the
 *   pair (so neither the duplicate check nor an automatic merge joins them again).
 */
import { AppError } from '../../../shared/app-error';
import type { MentionSplitOutcome } from '../../../shared/domain';
import type { RecordDraft } from '../../../shared/ledger-drafts';
import { mentionShape } from '../../core/dedupe/mention-shape';
import type { LedgerHandle } from '../../db/ledger';
import { refusalsOf } from '../../db/queries/join-refusals';
import {
  mentionForSplit,
  splitBlocker,
  type SplitMentionRow,
} from '../../db/queries/mention-split';
import { recordNameById } from '../../db/queries/records';
import { statement } from '../../db/write/statements';
import { withOperation } from '../../db/write/with-operation';
import type { WriteTx } from '../../db/write/write-tx';
import { reopenClosedBy } from '../notices/reweigh-notice';
import { storedNoticeName } from '../../db/queries/notice-name';
import { regenerateForRecords } from '../schedule/regenerate';
import { refreshStatus } from './record-events';
import { takeBackFields } from './mention-takeback';
import { MOVED_REASON, placeOf, valuesOf, weighStored } from './mention-values';
import { reweighLeft } from './reweigh-left';

export { MOVED_REASON };

export interface SplitRequest {
  mentionId: number;
  /** A record already held that the mention belongs to; absent: a new record. */
  into?: number;
}

interface HeldRecord {
  id: number;
  kind: string;
  programme: string | null;
  year: number | null;
  batch: string | null;
  province: string | null;
  merged_into: number | null;
  deleted_at: string | null;
}

const heldRecord = (tx: WriteTx, id: number) =>
  statement(
    tx.db,
    'SELECT id, kind, programme, year, batch, province, merged_into, deleted_at FROM records WHERE id = ?',
  ).get(id) as HeldRecord | undefined;

/** A new record whose first source is the mention. */
function newRecord(tx: WriteTx, m: SplitMentionRow, from: HeldRecord): number {
  const id = tx.insert('records', {
    kind: from.kind,
    ...valuesOf(m, from),
    created_at: tx.now,
    updated_at: tx.now,
  });
  // Born of its notice now: the record's own source, so every value reads from it.
  tx.update('mentions', m.id, { record_id: id, original_record_id: id, joined: 0, reason: null });
  return id;
}

/**
 * A record already held takes the mention as a join would, its values weighed by authority,
 * except its place: the person said the source is about this record, so what the line wrote
 * of the place (the reason it joined the wrong one) never moves the record.
 */
function ontoHeld(tx: WriteTx, m: SplitMentionRow, into: HeldRecord) {
  tx.update('mentions', m.id, {
    record_id: into.id,
    original_record_id: into.id,
    joined: 1,
    reason: MOVED_REASON,
  });
  const kind = into.kind as RecordDraft['kind'];
  weighStored(tx, into.id, m, kind, { ...valuesOf(m, into), ...placeOf(tx, into.id) });
}

function checkInto(tx: WriteTx, from: HeldRecord, into: number): HeldRecord {
  const t = heldRecord(tx, into);
  if (!t || t.merged_into !== null || t.deleted_at !== null)
    throw new AppError('split_into_gone', '要移入的记录不存在、已删除或已被合并，请刷新后再选');
  if (t.id === from.id) throw new AppError('split_into_same', '这处来源已经在这条记录上');
  if (t.kind !== from.kind) throw new AppError('split_into_kind', '只能移到同一类的记录上');
  return t;
}

/**
 * A record as staff tell it apart from its namesake: its place and its title. Both records of a
 * wrong join often carry the same title (the join gave it), so the title alone names neither.
 */
function placedName(tx: WriteTx, id: number): string {
  const r = statement(tx.db, 'SELECT region_text, unit FROM records WHERE id = ?').get(id) as {
    region_text: string | null;
    unit: string | null;
  };
  const place = (r.region_text ?? r.unit ?? '').trim();
  const name = recordNameById(tx.db, id);
  return place && !name.includes(place) ? `${place}${name}` : name;
}

/** Moves one mention off its record, onto a new record or one already held; one operation. */
export function splitMention(ledger: LedgerHandle, req: SplitRequest): MentionSplitOutcome {
  return withOperation(ledger, { kind: 'split_mention', summary: '拆出来源' }, (tx) => {
    const m = mentionForSplit(tx.db, req.mentionId);
    if (!m) throw new AppError('split_gone', '找不到这处来源（可能已被撤销或移走），请刷新后再试');
    const from = heldRecord(tx, m.recordId);
    if (!from || from.merged_into !== null || from.deleted_at !== null)
      throw new AppError('split_gone', '这处来源所在的记录已删除或已被合并，请刷新后再试');
    const blocked = splitBlocker(tx.db, m);
    if (blocked) throw new AppError('split_refused', `不能拆出：${blocked}`);
    const target = req.into === undefined ? null : checkInto(tx, from, req.into);
    const fromName = placedName(tx, from.id);
    const notice = storedNoticeName(tx.db, m.noticeId) ?? m.noticeFile;
    const events = statement(tx.db, 'SELECT id FROM record_events WHERE mention_id = ?').all(
      m.id,
    ) as { id: number }[];

    // What the mention won on its record goes back first, while its provenance still says so.
    const taken = takeBackFields(tx, from.id, m.id);
    const intoId = target ? target.id : newRecord(tx, m, from);
    if (target) ontoHeld(tx, m, target);
    // Gone from the record, the source no longer outweighs the later ones it had beaten.
    reweighLeft(tx, from.id, m.id, taken);
    for (const e of events) tx.update('record_events', e.id, { record_id: intoId });
    if (events.length > 0) reopenClosedBy(tx, notice, [from.id]);

    const [a, b] = from.id < intoId ? [from.id, intoId] : [intoId, from.id];
    const shape = mentionShape(from.kind, JSON.parse(m.extracted) as Record<string, unknown>);
    // The latest judgement stands: a way of writing moved back onto a record it was split off
    // is no longer refused there, or the next notice would follow the judgement taken back.
    for (const key of refusalsOf(tx.db, intoId, shape)) tx.drop('join_refusals', key);
    tx.put('join_refusals', { record_id: from.id, shape, into_id: intoId, refused_at: tx.now });
    tx.put('pair_decisions', {
      record_a: a,
      record_b: b,
      decision: 'not_duplicate',
      decided_at: tx.now,
    });
    refreshStatus(tx, [from.id, intoId]);
    regenerateForRecords(tx, [from.id, intoId]);
    tx.describe(
      req.into === undefined
        ? `拆出为新记录：《${notice}》中的${placedName(tx, intoId)}从原记录拆出，另建一条记录`
        : `改关联：《${notice}》中的这处来源从${fromName}移到${placedName(tx, intoId)}`,
    );
    return {
      opId: tx.opId,
      fromId: from.id,
      intoId,
      created: req.into === undefined,
      summary: tx.summary,
    };
  });
}
