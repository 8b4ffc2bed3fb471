/**
 * Reading the operation log: the recent operations for the history list, and the changes
 * that concern one record for its history.
 */
import type Database from 'better-sqlite3';
import type { ChangeRow, OperationRow } from '../write/change-log';

export type { ChangeRow, OperationRow };

/** An operation of the history list; an import in force also says which records it joined. */
interface ListedOperation extends OperationRow {
  /**
   * Distinct records the import's notice joined (held before it, none born in it); null for
   * other rows. Read from the mentions, not as named − records: a join that also fills or
   * updates a field of the record it joined logs that change, which `records` counts.
   */
  joined: number | null;
  /** Of those, the records whose fields the import changed (counted in `records`); null likewise. */
  joined_changed: number | null;
  /** Duties (milestones) it added, changed or removed. */
  duties: number;
  /** Records counted in `records` only because some duty of theirs changed. */
  duty_records: number;
}

/**
 * The mentions a person moved off the record their import put them on (拆出为新记录,
 * 改关联到…), with that record: the split's first logged change of the mention's
 * original_record_id holds it. Only joined mentions can be split, so each was a join.
 * CROSS JOIN keeps the splits the outer loop, their changes read by op_id: left to the
 * planner it scanned the whole change log (3 million rows at 100,000 records: 1 s for each
 * read of 操作记录 and of the home page, against 0–4 ms without the splits' count).
 */
const MOVED = `SELECT c.row_id AS id, json_extract(c.before, '$') AS was, min(c.id)
                 FROM operations s CROSS JOIN operation_changes c ON c.op_id = s.id
                WHERE s.kind = 'split_mention' AND s.undone_at IS NULL
                  AND c.table_name = 'mentions' AND c.field = 'original_record_id'
                GROUP BY c.row_id`;
/**
 * The records an import's notice joined: its mentions' records none of its mentions created,
 * each as the import left it. A split changes what a mention is (a new record's own source,
 * or another record's), not what its import did: it joined a record held before it.
 */
const JOINED = `SELECT coalesce(v.was, m.original_record_id) AS original_record_id
                  FROM mentions m LEFT JOIN (${MOVED}) v ON v.id = m.id
                 WHERE m.notice_id = o.notice_id AND (m.joined = 1 OR v.id IS NOT NULL)
                   AND coalesce(v.was, m.original_record_id) NOT IN (
                         SELECT b.original_record_id FROM mentions b
                          WHERE b.notice_id = o.notice_id AND b.joined = 0
                            AND b.id NOT IN (SELECT id FROM (${MOVED})))`;
const IN_FORCE = `o.kind = 'import' AND o.undone_at IS NULL AND o.notice_id IS NOT NULL`;
/**
 * The duties an operation changed, and the records it touched through their duties alone: a
 * notice whose rule re-dates every duty of its programme names 25,000 records in `records`
 * (the count of distinct records its changes name), and 操作记录 said "25236（另关联 29）" of
 * an acceptance that made two records. One pass over the operation's own changes each
 * (`+d.record_id`: a bare term let the planner walk every change naming a record instead, on
 * the record index whose statistics looked empty — 16 s for 操作记录's first page).
 */
const DUTY_COUNTS = `(SELECT count(DISTINCT d.row_id) FROM operation_changes d
      WHERE d.op_id = o.id AND d.table_name = 'milestones') AS duties,
  (SELECT count(*) FROM (SELECT d.record_id FROM operation_changes d
      WHERE d.op_id = o.id AND +d.record_id IS NOT NULL GROUP BY d.record_id
     HAVING max(d.table_name <> 'milestones') = 0)) AS duty_records`;
/**
 * An operation's columns, its duty counts and, for an import in force, its joined counts
 * (a joined record whose only change was a duty is counted among duty_records, not here).
 * The joined records that changed are looked up by record (a few changes each), not the import's changes
 * filtered by the joined list: that list depends on the operation, so it was built again for
 * every change, and a notice whose rule re-dated 25,000 duties made 操作记录 and the home
 * page take 20 s. `+c.op_id` keeps the planner on the record's index.
 */
export const WITH_JOINS = `o.*,
  CASE WHEN ${IN_FORCE} THEN (SELECT count(DISTINCT j.original_record_id)
    FROM (${JOINED}) j) END AS joined,
  CASE WHEN ${IN_FORCE} THEN (SELECT count(DISTINCT j.original_record_id)
    FROM (${JOINED}) j WHERE EXISTS (SELECT 1 FROM operation_changes c
      WHERE c.record_id = j.original_record_id AND +c.op_id = o.id
        AND c.table_name <> 'milestones'))
  END AS joined_changed,
  ${DUTY_COUNTS}`;

/**
 * Newest first; `before` pages back (operations with a smaller id). An undone import's
 * notice id may belong to a later notice by now, so only imports in force count theirs.
 */
export function listOperations(
  db: Database.Database,
  opts: { limit: number; before?: number },
): ListedOperation[] {
  return db
    .prepare(
      `SELECT ${WITH_JOINS}
         FROM operations o WHERE (@before IS NULL OR o.id < @before)
        ORDER BY o.id DESC LIMIT @limit`,
    )
    .all({ before: opts.before ?? null, limit: opts.limit }) as ListedOperation[];
}

/**
 * One operation with the records it joined, as listOperations reads them: the next undo says
 * what it takes away, and a later notice's records stay (they were held before it).
 */
export function operationWithJoins(db: Database.Database, opId: number): ListedOperation {
  return db
    .prepare(`SELECT ${WITH_JOINS} FROM operations o WHERE o.id = ?`)
    .get(opId) as ListedOperation;
}

export interface RecordChange extends ChangeRow {
  op: OperationRow;
}

/**
 * What happened to one record: every logged change naming it, and the import that brought
 * it (an import logs one compact change for its notice, not one per record). An operation
 * undone and no longer redoable is left out: its ids may have been given to new rows since.
 */
export function recordChanges(db: Database.Database, recordId: number): RecordChange[] {
  const ops = new Map<number, OperationRow>();
  const opOf = db.prepare('SELECT * FROM operations WHERE id = ?');
  const op = (id: number) => {
    let o = ops.get(id);
    if (!o) ops.set(id, (o = opOf.get(id) as OperationRow));
    return o;
  };
  const changes = db
    .prepare(
      `SELECT c.* FROM operation_changes c JOIN operations o ON o.id = c.op_id
        WHERE o.redo_discarded = 0 AND (c.record_id = @id
           OR (c.table_name IN ('pair_decisions', 'record_links') AND
               (json_extract(coalesce(c.after, c.before), '$.record_b') = @id)))
        UNION ALL
       SELECT c.* FROM operation_changes c JOIN operations o ON o.id = c.op_id
        WHERE o.redo_discarded = 0 AND c.form = 'import' AND c.row_id IN (
          SELECT notice_id FROM mentions WHERE original_record_id = @id)
        ORDER BY op_id DESC, id DESC`,
    )
    .all({ id: recordId }) as ChangeRow[];
  return changes.map((c) => ({ ...c, op: op(c.op_id) }));
}

/**
 * An undone import's records, read from what its undo took away (undo_images): those born in
 * it, and those it had joined (held before it: its undo left them). The redo's confirmation
 * says both, as the undo's did; null when the undo kept no image (an older form).
 */
export function undoneImportCounts(
  db: Database.Database,
  opId: number,
): { records: number; joined: number } | null {
  const mention = (joined: 0 | 1) =>
    `SELECT json_extract(j.value, '$.original_record_id') AS id
       FROM undo_images u, json_each(u.rows) j
      WHERE u.op_id = @op AND u.table_name = 'mentions'
        AND json_extract(j.value, '$.joined') = ${joined}`;
  const row = db
    .prepare(
      `SELECT EXISTS (SELECT 1 FROM undo_images WHERE op_id = @op) AS kept,
              (SELECT count(*) FROM undo_images u, json_each(u.rows)
                WHERE u.op_id = @op AND u.table_name = 'records') AS records,
              (SELECT count(DISTINCT id) FROM (${mention(1)})
                WHERE id NOT IN (${mention(0)})) AS joined`,
    )
    .get({ op: opId }) as { kept: number; records: number; joined: number };
  return row.kept ? { records: row.records, joined: row.joined } : null;
}
