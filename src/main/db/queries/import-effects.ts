/**
 * What an import did to records the ledger already held, read from its logged changes: an
 * acceptance naming 31 zones logs each one's status (已验收) and each duty it closed, and
 * 操作记录 said only "关联已有 31" — the clerk could not tell from the list that 31 records
 * had changed status. Records born in the import are logged compactly and are not here.
 */
import type Database from 'better-sqlite3';
import type { ImportEffects } from '../../../shared/operations';

interface EffectRow {
  op_id: number;
  table_name: string;
  field: string;
  value: string | null;
  n: number;
}

/** Bookkeeping that follows every change, not something the notice said. */
const QUIET_FIELDS = `('updated_at', 'created_at', 'note', 'rule_id')`;

/**
 * The effects of each import among `opIds` that changed anything already held (others are
 * absent). Status changes are counted per new value; other fields per record.
 */
export function importEffects(
  db: Database.Database,
  opIds: readonly number[],
): Map<number, ImportEffects> {
  const out = new Map<number, ImportEffects>();
  if (opIds.length === 0) return out;
  const rows = db
    .prepare(
      `SELECT c.op_id, c.table_name,
              CASE WHEN c.field = 'status' THEN 'status'
                   WHEN c.table_name = 'milestones' AND c.field IN ('due_on', 'end_on') THEN 'date'
                   WHEN c.table_name = 'records' THEN c.field ELSE 'other' END AS field,
              CASE WHEN c.field = 'status' THEN json_extract(c.after, '$') END AS value,
              count(DISTINCT CASE WHEN c.table_name = 'records' THEN c.record_id ELSE c.row_id END) AS n
         FROM operation_changes c JOIN operations o ON o.id = c.op_id
        WHERE c.op_id IN (SELECT value FROM json_each(@ids)) AND o.kind = 'import'
          AND c.field IS NOT NULL AND c.field NOT IN ${QUIET_FIELDS}
          AND c.table_name IN ('records', 'milestones')
        GROUP BY 1, 2, 3, 4`,
    )
    .all({ ids: JSON.stringify(opIds) }) as EffectRow[];
  for (const r of rows) {
    let e = out.get(r.op_id);
    if (!e) out.set(r.op_id, (e = { statuses: [], fields: [], duties: [], dutiesMoved: 0 }));
    if (r.table_name === 'records') {
      if (r.field === 'status') e.statuses.push({ status: r.value ?? '', records: r.n });
      else e.fields.push({ field: r.field, records: r.n });
    } else if (r.field === 'status') e.duties.push({ status: r.value ?? '', duties: r.n });
    else if (r.field === 'date') e.dutiesMoved += r.n;
  }
  for (const e of out.values()) {
    e.statuses.sort((a, b) => b.records - a.records);
    e.fields.sort((a, b) => b.records - a.records);
  }
  return out;
}
