/** The distinct values of a text column among live records, with the records holding each. */
import type Database from 'better-sqlite3';
import type { RecordKind } from '../../../shared/domain';
import { LIVE } from './live';

const COLUMNS = { programme: 'programme', unit: 'unit', batch: 'batch' } as const;
export type ClusterField = keyof typeof COLUMNS;

export function valuesWithIds(
  db: Database.Database,
  field: ClusterField,
  kind?: RecordKind,
): { value: string; ids: number[] }[] {
  const col = COLUMNS[field];
  const rows = db
    .prepare(
      `SELECT r.${col} AS value, json_group_array(r.id) AS ids FROM records r
        WHERE ${LIVE} AND r.${col} IS NOT NULL AND r.${col} <> ''
          AND (@kind IS NULL OR r.kind = @kind)
        GROUP BY r.${col}`,
    )
    .all({ kind: kind ?? null }) as { value: string; ids: string }[];
  return rows.map((r) => ({ value: r.value, ids: JSON.parse(r.ids) as number[] }));
}
