/**
 * A record's fields as they stood before one of its mentions won them: what a split
 * (拆出为新记录) leaves on the record the mention leaves. Why from the log and not weighed
 * again: a stored mention keeps only the words its notice wrote, not the codes, batch or
 * programme its import resolved, so those values can come back only from the change that
 * replaced them. The latest change in force that gave the field to the mention holds both
 * the value and the source before it; the field is set back to them. A field the log does not
 * show (a ledger older than its log) keeps its value and is marked as having no source, so
 * the mention that left is never read as its source.
 */
import type Database from 'better-sqlite3';
import { parseImage, parseValue } from '../../db/write/change-log';
import { statement } from '../../db/write/statements';
import type { RowImage, SqlValue } from '../../db/write/ledger-tables';
import type { WriteTx } from '../../db/write/write-tx';

interface Prior {
  /** The value before the mention took the field; undefined: the change did not alter it. */
  value: SqlValue | undefined;
  /** The provenance row before (null: none, the record's own mention spoke). */
  provenance: RowImage | null;
}

/** The fields of `recordId` whose value the mention is the source of. */
export const fieldsSourcedBy = (db: Database.Database, recordId: number, mentionId: number) =>
  (
    statement(
      db,
      'SELECT field FROM field_provenance WHERE record_id = ? AND mention_id = ? ORDER BY field',
    ).all(recordId, mentionId) as { field: string }[]
  ).map((r) => r.field);

/**
 * The value `field` had before the provenance change `provId` of that operation: the change of
 * the field that followed it (a join names its source, then writes the value), up to the next
 * source named for the field in the same operation. A split names several: the source taken
 * back, then the later one weighed again; the value before the later one is the one after the
 * take-back, never the split source's own (which lives on another record now). An operation
 * naming the field's source once (a join, a merge writing the value first) speaks as a whole.
 */
function valueBefore(
  db: Database.Database,
  opId: number,
  recordId: number,
  field: string,
  provId: number,
): SqlValue | undefined {
  const changes = statement(
    db,
    `SELECT id, table_name AS tableName, field, before, after FROM operation_changes
      WHERE op_id = ? AND record_id = ? AND form IS NULL
        AND (table_name = 'field_provenance' OR (table_name = 'records' AND field = ?))
      ORDER BY id`,
  ).all(opId, recordId, field) as {
    id: number;
    tableName: string;
    field: string | null;
    before: string | null;
    after: string | null;
  }[];
  const named = (c: (typeof changes)[number]) =>
    c.tableName === 'field_provenance' &&
    (parseImage(c.after) ?? parseImage(c.before))?.field === field;
  const values = changes.filter((c) => c.tableName === 'records');
  if (changes.filter(named).length < 2) return values[0] ? parseValue(values[0].before) : undefined;
  const next = changes.find((c) => c.id > provId && named(c))?.id ?? Infinity;
  const own = values.find((c) => c.id > provId && c.id < next);
  return own ? parseValue(own.before) : undefined;
}

/** The latest operation in force that gave `field` of the record to the mention, and before. */
function priorOf(
  db: Database.Database,
  recordId: number,
  field: string,
  mentionId: number,
): Prior | null {
  const changes = statement(
    db,
    `SELECT c.id, c.op_id AS opId, c.before, c.after FROM operation_changes c
       JOIN operations o ON o.id = c.op_id AND o.undone_at IS NULL
      WHERE c.record_id = ? AND c.table_name = 'field_provenance' AND c.form IS NULL
      ORDER BY c.id DESC`,
  ).all(recordId) as { id: number; opId: number; before: string | null; after: string | null }[];
  for (const c of changes) {
    const after = parseImage(c.after);
    if (after?.field !== field || after.mention_id !== mentionId) continue;
    return {
      value: valueBefore(db, c.opId, recordId, field, c.id),
      provenance: parseImage(c.before),
    };
  }
  return null;
}

const livesOn = (db: Database.Database, recordId: number, mentionId: number): boolean =>
  (
    statement(db, 'SELECT record_id AS id FROM mentions WHERE id = ?').get(mentionId) as
      { id: number } | undefined
  )?.id === recordId;

/**
 * What the record held before the mention, past any source split off it since: the value
 * before may be one a source already moved away had won (B's theme under C's, B split first),
 * and giving it back would leave the record a value and a source that are another record's.
 */
function priorKept(
  db: Database.Database,
  recordId: number,
  field: string,
  mentionId: number,
): Prior | null {
  let prior = priorOf(db, recordId, field, mentionId);
  const seen = new Set([mentionId]);
  for (;;) {
    const gone = prior?.provenance?.mention_id;
    if (!prior || typeof gone !== 'number' || seen.has(gone) || livesOn(db, recordId, gone))
      return prior;
    seen.add(gone);
    const before = priorOf(db, recordId, field, gone);
    if (!before) return null;
    // A change that left the value as it found it says nothing of it: the later one speaks.
    prior = {
      value: before.value === undefined ? prior.value : before.value,
      provenance: before.provenance,
    };
  }
}

/** Sets each field the mention won back to its value and source before; returns the fields. */
export function takeBackFields(tx: WriteTx, recordId: number, mentionId: number): string[] {
  const fields = fieldsSourcedBy(tx.db, recordId, mentionId);
  const patch: RowImage = {};
  for (const field of fields) {
    const prior = priorKept(tx.db, recordId, field, mentionId);
    if (!prior) {
      tx.setProvenance(recordId, field, null);
      continue;
    }
    if (prior.value !== undefined) patch[field] = prior.value;
    if (prior.provenance) tx.put('field_provenance', prior.provenance);
    else tx.drop('field_provenance', { record_id: recordId, field });
  }
  if (Object.keys(patch).length > 0)
    tx.update('records', recordId, { ...patch, updated_at: tx.now });
  return fields;
}
