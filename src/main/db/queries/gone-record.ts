/**
 * Why a record asked for by a panel or link is no longer in the ledger, said as staff know
 * it: by its name, and where it went (merged into which record, or deleted, which 撤销
 * brings back). The ledger's internal number means nothing to them.
 */
import type Database from 'better-sqlite3';
import { statement } from '../write/statements';
import { recordNameById } from './records';

export function goneRecordMessage(db: Database.Database, id: number): string {
  const row = statement(db, 'SELECT merged_into, deleted_at FROM records WHERE id = ?').get(id) as
    { merged_into: number | null; deleted_at: string | null } | undefined;
  if (!row) return '这条记录已不在台账中（可能已被撤销导入）。请刷新表格后重试。';
  const name = recordNameById(db, id);
  if (row.merged_into !== null) {
    // A chain of merges ends at the record that holds it now.
    let into = row.merged_into;
    for (let hops = 0; hops < 20; hops++) {
      const next = statement(db, 'SELECT merged_into FROM records WHERE id = ?').get(into) as
        { merged_into: number | null } | undefined;
      if (!next?.merged_into) break;
      into = next.merged_into;
    }
    return `${name}已并入${recordNameById(db, into)}，请在表格中打开后者查看；合并可在「去重」或操作记录中撤销。`;
  }
  return `${name}已删除。如属误删，可按 Ctrl+Z 或在操作记录中撤销。`;
}
