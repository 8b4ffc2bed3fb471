/**
 * Merges as the ledger holds them: the candidates' values, and which merges are still in
 * effect (not undone, not taken apart) with the records each folded into its survivor.
 * Merging and unmerging themselves are use cases (src/main/app/dedupe).
 */
import type Database from 'better-sqlite3';
import { MERGE_GROUP_COLUMNS, MERGE_GROUP_NAMES } from '../../../shared/record-fields';
import { mentionWarned } from './mention-warnings';
import { statement } from '../write/statements';

type Row = Record<string, unknown>;

/** Every column a merge chooses among, group by group. */
export const MERGE_COLUMNS = MERGE_GROUP_NAMES.flatMap((g) => [...MERGE_GROUP_COLUMNS[g]]);

/** The values a merge chooses among (core/dedupe's MergeCandidate), and whether the record is live. */
export interface MergeCandidateRow {
  id: number;
  values: Record<string, string | number | null>;
  truncated: boolean;
  live: boolean;
  /** Who set each field: the role of the notice whose mention set it, 'person', or null. */
  sources: Record<string, string | null>;
}

export function loadMergeCandidates(
  db: Database.Database,
  ids: readonly number[],
): MergeCandidateRow[] {
  const rows = statement(
    db,
    `SELECT r.*, ${mentionWarned('truncated_item')} AS truncated
         FROM records r WHERE r.id IN (SELECT value FROM json_each(?)) ORDER BY r.id`,
  ).all(JSON.stringify(ids)) as Row[];
  const sources = statement(
    db,
    `SELECT p.record_id AS id, p.field, CASE WHEN p.mention_id IS NULL THEN 'person' ELSE n.role END AS role
         FROM field_sources p
         LEFT JOIN mentions m ON m.id = p.mention_id
         LEFT JOIN notices n ON n.id = m.notice_id
        WHERE p.record_id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(ids)) as { id: number; field: string; role: string | null }[];
  const sourcesOf = (id: number) =>
    Object.fromEntries(sources.filter((s) => s.id === id).map((s) => [s.field, s.role]));
  return rows.map((r) => ({
    sources: sourcesOf(r['id'] as number),
    id: r['id'] as number,
    values: Object.fromEntries(
      MERGE_COLUMNS.map((f) => [f, (r[f] ?? null) as string | number | null]),
    ),
    truncated: r['truncated'] === 1,
    live: r['merged_into'] === null && r['deleted_at'] === null,
  }));
}

/** Mention ids of a record (a merge moves them to the survivor). */
export const mentionIdsOf = (db: Database.Database, recordId: number): number[] =>
  (
    statement(db, 'SELECT id FROM mentions WHERE record_id = ? ORDER BY id').all(recordId) as {
      id: number;
    }[]
  ).map((m) => m.id);

/** Who set these fields of a record, by field (its own mention where no row says otherwise). */
export function provenanceOf(
  db: Database.Database,
  recordId: number,
): Map<string, { mentionId: number | null; opId: number | null }> {
  const rows = statement(
    db,
    'SELECT field, mention_id, op_id FROM field_sources WHERE record_id = ?',
  ).all(recordId) as { field: string; mention_id: number | null; op_id: number | null }[];
  return new Map(rows.map((r) => [r.field, { mentionId: r.mention_id, opId: r.op_id }]));
}

export interface LiveMerge {
  opId: number;
  at: string;
  actor: string;
  summary: string;
  survivorId: number;
  mergedIds: number[];
}

/** Merges still in effect (not undone, not taken apart by a live unmerge), newest first. */
export function liveMerges(db: Database.Database): LiveMerge[] {
  const ops = statement(
    db,
    `SELECT o.id, o.created_at, o.actor, o.summary FROM operations o
        WHERE o.kind = 'merge' AND o.undone_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM operations u
                           WHERE u.kind = 'unmerge' AND u.undone_at IS NULL AND u.reverts = o.id)
        ORDER BY o.id DESC`,
  ).all() as { id: number; created_at: string; actor: string; summary: string }[];
  // A merged record's merged_into change: one column (now) or inside a whole-row image (older logs).
  const merged = statement(
    db,
    `SELECT row_id AS id,
            CASE WHEN field = 'merged_into' THEN CAST(after AS INTEGER)
                 ELSE json_extract(after, '$.merged_into') END AS into_id
       FROM operation_changes
      WHERE op_id = ? AND table_name = 'records'
        AND ((field = 'merged_into' AND after IS NOT NULL AND after <> 'null')
          OR (field IS NULL AND json_extract(after, '$.merged_into') IS NOT NULL))
      ORDER BY operation_changes.id`,
  );
  const out: LiveMerge[] = [];
  for (const op of ops) {
    const rows = merged.all(op.id) as { id: number; into_id: number }[];
    if (!rows.length) continue;
    out.push({
      opId: op.id,
      at: op.created_at,
      actor: op.actor,
      summary: op.summary,
      survivorId: rows[0]!.into_id,
      mergedIds: rows.map((m) => m.id),
    });
  }
  return out;
}
