/**
 * Merging records, and taking a merge apart again. A merge never deletes: the merged
 * records stay, pointing at the survivor (merged_into); their mentions move to the
 * survivor but keep original_record_id; the survivor's fields and provenance take the
 * chosen values. Every row touched is logged before and after, so undo, redo and
 * unmerge restore exactly — and leave alone any value someone edited since.
 */
import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/app-error';
import {
  chooseSources,
  FIELD_GROUPS,
  FIELD_GROUP_NAMES,
  type FieldChoices,
  type MergeCandidate,
} from '../../core/dedupe/survivor';
import { type ChangeRow, registerOperationKind, logChange, startOperation } from '../operation-log';

type Row = Record<string, unknown>;

/** Columns a merge may restore: everything but identity and creation. */
const RECORD_COLUMNS = [
  'programme',
  'year',
  'batch',
  'seq',
  'region_text',
  'region_code',
  'unit_code',
  'province',
  'city',
  'county',
  'town',
  'unit',
  'title',
  'content',
  'status',
  'merged_into',
  'deleted_at',
  'updated_at',
] as const;

interface Snapshot {
  records: Map<number, Row>;
  mentions: Map<number, number>; // mention id → record id
  provenance: Map<string, Row | null>; // "recordId|field" → {mention_id, op_id}
}

function snapshot(
  db: Database.Database,
  ids: readonly number[],
  fields: readonly string[],
): Snapshot {
  const json = JSON.stringify(ids);
  const records = new Map<number, Row>();
  for (const r of db
    .prepare(
      `SELECT id, ${RECORD_COLUMNS.join(', ')} FROM records WHERE id IN (SELECT value FROM json_each(?))`,
    )
    .all(json) as Row[])
    records.set(r['id'] as number, r);
  const mentions = new Map<number, number>();
  for (const m of db
    .prepare(
      'SELECT id, record_id FROM mentions WHERE record_id IN (SELECT value FROM json_each(?))',
    )
    .all(json) as { id: number; record_id: number }[])
    mentions.set(m.id, m.record_id);
  const provenance = new Map<string, Row | null>();
  const prov = db.prepare(
    'SELECT mention_id, op_id FROM field_provenance WHERE record_id = ? AND field = ?',
  );
  for (const id of ids)
    for (const f of fields)
      provenance.set(`${id}|${f}`, (prov.get(id, f) as Row | undefined) ?? null);
  return { records, mentions, provenance };
}

/** Logs every row that differs between two snapshots. */
function logDiff(db: Database.Database, opId: number, before: Snapshot, after: Snapshot): void {
  for (const [id, b] of before.records) {
    const a = after.records.get(id)!;
    if (JSON.stringify(a) !== JSON.stringify(b))
      logChange(db, opId, { table: 'records', rowId: id, recordId: id, before: b, after: a });
  }
  for (const [mid, rid] of before.mentions) {
    const now = after.mentions.get(mid);
    if (now !== undefined && now !== rid)
      logChange(db, opId, {
        table: 'mentions',
        rowId: mid,
        recordId: rid,
        field: 'record_id',
        before: rid,
        after: now,
      });
  }
  for (const [key, b] of before.provenance) {
    const a = after.provenance.get(key) ?? null;
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    const [rid, field] = key.split('|') as [string, string];
    logChange(db, opId, {
      table: 'field_provenance',
      rowId: Number(rid),
      recordId: Number(rid),
      field,
      before: b,
      after: a,
    });
  }
}

const ALL_FIELDS = FIELD_GROUP_NAMES.flatMap((g) => [...FIELD_GROUPS[g]]);

export interface MergeRequest {
  ids: readonly number[];
  survivorId?: number;
  choices?: FieldChoices;
  actor?: 'user' | 'auto';
}

export function loadMergeCandidates(
  db: Database.Database,
  ids: readonly number[],
): (MergeCandidate & { live: boolean })[] {
  const rows = db
    .prepare(
      `SELECT r.*, EXISTS(SELECT 1 FROM mentions m WHERE m.record_id = r.id AND instr(m.extracted, '"truncated_item"') > 0) AS truncated
         FROM records r WHERE r.id IN (SELECT value FROM json_each(?)) ORDER BY r.id`,
    )
    .all(JSON.stringify(ids)) as Row[];
  return rows.map((r) => ({
    id: r['id'] as number,
    values: Object.fromEntries(
      ALL_FIELDS.map((f) => [f, (r[f] ?? null) as string | number | null]),
    ),
    truncated: r['truncated'] === 1,
    live: r['merged_into'] === null && r['deleted_at'] === null,
  }));
}

/** Merges records into one; returns the survivor's id. Runs in the caller's transaction if any. */
export function mergeRecords(
  db: Database.Database,
  req: MergeRequest,
  now = new Date().toISOString(),
): number {
  return db.transaction(() => {
    const ids = [...new Set(req.ids)];
    if (ids.length < 2) throw new AppError('merge_too_few', '至少选择两条记录才能合并');
    const cands = loadMergeCandidates(db, ids);
    const missing = ids.filter((id) => !cands.some((c) => c.id === id && c.live));
    if (missing.length)
      throw new AppError(
        'merge_not_live',
        `记录 ${missing.join('、')} 不存在、已删除或已被合并，不能再合并`,
      );
    const survivorId = req.survivorId ?? Math.min(...ids);
    if (!ids.includes(survivorId))
      throw new AppError('merge_bad_survivor', '保留的记录必须是被合并的记录之一');
    const sources = chooseSources(cands, survivorId, req.choices);
    const others = ids.filter((id) => id !== survivorId);
    const summary = `${req.actor === 'auto' ? '导入时自动合并' : '合并'}记录 ${others.join('、')} → ${survivorId}`;
    const opId = startOperation(
      db,
      { kind: 'merge', summary, actor: req.actor === 'auto' ? 'auto' : 'user' },
      now,
    );
    const before = snapshot(db, ids, ALL_FIELDS);

    const setField = db.prepare('UPDATE records SET updated_at = ? WHERE id = ?');
    for (const g of FIELD_GROUP_NAMES) {
      const from = sources[g];
      if (from === survivorId) continue;
      const src = cands.find((c) => c.id === from)!;
      for (const f of FIELD_GROUPS[g]) {
        db.prepare(`UPDATE records SET "${f}" = ? WHERE id = ?`).run(
          src.values[f] ?? null,
          survivorId,
        );
        const prov = before.provenance.get(`${from}|${f}`) ?? null;
        if (prov) {
          db.prepare(
            `INSERT INTO field_provenance(record_id, field, mention_id, op_id) VALUES (?, ?, ?, ?)
             ON CONFLICT(record_id, field) DO UPDATE SET mention_id = excluded.mention_id, op_id = excluded.op_id`,
          ).run(survivorId, f, prov['mention_id'] ?? null, prov['op_id'] ?? null);
        } else
          db.prepare('DELETE FROM field_provenance WHERE record_id = ? AND field = ?').run(
            survivorId,
            f,
          );
      }
    }
    setField.run(now, survivorId);
    for (const id of others) {
      db.prepare('UPDATE records SET merged_into = ?, updated_at = ? WHERE id = ?').run(
        survivorId,
        now,
        id,
      );
      db.prepare('UPDATE mentions SET record_id = ? WHERE record_id = ?').run(survivorId, id);
    }
    logDiff(db, opId, before, snapshot(db, ids, ALL_FIELDS));
    return survivorId;
  })();
}

/**
 * Replays logged rows one way. A value is put back only where it is still what the
 * other side left, so an edit made after the merge survives its undo.
 */
function replay(
  db: Database.Database,
  changes: readonly ChangeRow[],
  direction: 'back' | 'forth',
): void {
  const ordered = direction === 'back' ? [...changes].reverse() : changes;
  for (const c of ordered) {
    const from = JSON.parse((direction === 'back' ? c.after : c.before) ?? 'null') as unknown;
    const to = JSON.parse((direction === 'back' ? c.before : c.after) ?? 'null') as unknown;
    if (c.table_name === 'records') {
      const cur = db
        .prepare(`SELECT ${RECORD_COLUMNS.join(', ')} FROM records WHERE id = ?`)
        .get(c.row_id) as Row | undefined;
      if (!cur) continue;
      const f = from as Row;
      const t = to as Row;
      for (const col of RECORD_COLUMNS) {
        if (cur[col] === f[col] && f[col] !== t[col])
          db.prepare(`UPDATE records SET "${col}" = ? WHERE id = ?`).run(t[col] ?? null, c.row_id);
      }
    } else if (c.table_name === 'mentions') {
      db.prepare('UPDATE mentions SET record_id = ? WHERE id = ? AND record_id = ?').run(
        to,
        c.row_id,
        from,
      );
    } else if (c.table_name === 'field_provenance' && c.field) {
      const t = to as Row | null;
      if (t) {
        db.prepare(
          `INSERT INTO field_provenance(record_id, field, mention_id, op_id) VALUES (?, ?, ?, ?)
           ON CONFLICT(record_id, field) DO UPDATE SET mention_id = excluded.mention_id, op_id = excluded.op_id`,
        ).run(c.row_id, c.field, t['mention_id'] ?? null, t['op_id'] ?? null);
      } else
        db.prepare('DELETE FROM field_provenance WHERE record_id = ? AND field = ?').run(
          c.row_id,
          c.field,
        );
    }
  }
}

registerOperationKind('merge', {
  undo: (db, _op, changes) => replay(db, changes, 'back'),
  redo: (db, _op, changes) => replay(db, changes, 'forth'),
});
// An unmerge logs the merge's rows with before and after swapped: the same replay.
registerOperationKind('unmerge', {
  undo: (db, _op, changes) => replay(db, changes, 'back'),
  redo: (db, _op, changes) => replay(db, changes, 'forth'),
});

const changesOf = (db: Database.Database, opId: number) =>
  db
    .prepare('SELECT * FROM operation_changes WHERE op_id = ? ORDER BY id')
    .all(opId) as ChangeRow[];

export interface LiveMerge {
  opId: number;
  at: string;
  actor: string;
  summary: string;
  survivorId: number;
  mergedIds: number[];
}

/** Merges still in effect (not undone, not unmerged), newest first. */
export function liveMerges(db: Database.Database): LiveMerge[] {
  const ops = db
    .prepare(
      `SELECT o.id, o.created_at, o.actor, o.summary FROM operations o
        WHERE o.kind = 'merge' AND o.undone_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM operation_changes c JOIN operations u ON u.id = c.op_id
                           WHERE u.kind = 'unmerge' AND u.undone_at IS NULL AND c.table_name = 'operations' AND c.row_id = o.id)
        ORDER BY o.id DESC`,
    )
    .all() as { id: number; created_at: string; actor: string; summary: string }[];
  const out: LiveMerge[] = [];
  for (const op of ops) {
    const merged = db
      .prepare(
        `SELECT row_id AS id, json_extract(after, '$.merged_into') AS into_id FROM operation_changes
          WHERE op_id = ? AND table_name = 'records' AND json_extract(after, '$.merged_into') IS NOT NULL`,
      )
      .all(op.id) as { id: number; into_id: number }[];
    if (!merged.length) continue;
    out.push({
      opId: op.id,
      at: op.created_at,
      actor: op.actor,
      summary: op.summary,
      survivorId: merged[0]!.into_id,
      mergedIds: merged.map((m) => m.id),
    });
  }
  return out;
}

/**
 * Takes one merge apart: the merged records come back with their own mentions, and the
 * survivor gets back the values and provenance it had. An operation of its own, so it
 * can be undone and redone like any other.
 */
export function unmerge(
  db: Database.Database,
  mergeOpId: number,
  now = new Date().toISOString(),
): number[] {
  return db.transaction(() => {
    const live = liveMerges(db).find((m) => m.opId === mergeOpId);
    if (!live) throw new AppError('unmerge_not_found', '找不到这次合并，或它已被撤销');
    const rows = db
      .prepare('SELECT id, merged_into FROM records WHERE id IN (SELECT value FROM json_each(?))')
      .all(JSON.stringify([live.survivorId, ...live.mergedIds])) as {
      id: number;
      merged_into: number | null;
    }[];
    const survivor = rows.find((r) => r.id === live.survivorId);
    if (survivor?.merged_into != null)
      throw new AppError(
        'unmerge_nested',
        `记录 ${live.survivorId} 后来又被合并进记录 ${survivor.merged_into}，请先撤销那次合并`,
      );
    const opId = startOperation(
      db,
      {
        kind: 'unmerge',
        summary: `撤销合并：记录 ${live.mergedIds.join('、')} 与 ${live.survivorId} 分开`,
      },
      now,
    );
    for (const c of [...changesOf(db, mergeOpId)].reverse()) {
      const parse = (v: string | null) => (v === null ? null : (JSON.parse(v) as unknown));
      logChange(db, opId, {
        table: c.table_name,
        rowId: c.row_id,
        recordId: c.record_id,
        field: c.field,
        before: parse(c.after),
        after: parse(c.before),
      });
    }
    logChange(db, opId, { table: 'operations', rowId: mergeOpId }); // marks which merge this undoes
    replay(db, changesOf(db, opId), 'forth');
    return [live.survivorId, ...live.mergedIds];
  })();
}
