/**
 * Takes back one earlier operation out of turn (an unmerge undoes a merge that later
 * operations followed). Each logged change is put back only where the ledger still holds
 * what that operation left, so anything edited since survives; what is put back is logged
 * by the current operation like any other write.
 */
import { AppError } from '../../../shared/app-error';
import { changesOf, parseImage, parseValue } from './change-log';
import {
  isLedgerTable,
  LEDGER_TABLES,
  type IdTable,
  type KeyedTable,
  type LedgerTable,
  type RowImage,
  type SqlValue,
} from './ledger-tables';
import type { WriteTx } from './write-tx';

const same = (a: SqlValue | undefined, b: SqlValue | undefined) => (a ?? null) === (b ?? null);
const isIdTable = (t: LedgerTable): t is IdTable => LEDGER_TABLES[t][0] === 'id';

function sameRow(a: RowImage | null, b: RowImage | null): boolean {
  if (a === null || b === null) return a === b;
  return Object.keys(b).every((k) => same(a[k], b[k]));
}

export function revertWhereUnchanged(tx: WriteTx, opId: number): void {
  const db = tx.db;
  for (const c of changesOf(db, opId).reverse()) {
    if (c.form !== null) throw new AppError('bad_revert', '这项操作不能单独撤销');
    if (!isLedgerTable(c.table_name)) continue;
    const t = c.table_name;
    if (c.field !== null) {
      if (!isIdTable(t)) continue;
      const cur = db.prepare(`SELECT * FROM "${t}" WHERE id = ?`).get(c.row_id) as
        RowImage | undefined;
      const left = parseValue(c.after);
      const was = parseValue(c.before);
      if (cur && same(cur[c.field], left) && !same(was, left))
        tx.update(t, c.row_id, { [c.field]: was });
      continue;
    }
    const left = parseImage(c.after);
    const was = parseImage(c.before);
    if (isIdTable(t)) {
      const cur =
        (db.prepare(`SELECT * FROM "${t}" WHERE id = ?`).get(c.row_id) as RowImage | undefined) ??
        null;
      if (was && left) {
        const patch = Object.fromEntries(
          Object.keys(was)
            .filter((k) => k !== 'id' && cur && same(cur[k], left[k]) && !same(was[k], left[k]))
            .map((k) => [k, was[k] ?? null]),
        );
        if (cur && Object.keys(patch).length) tx.update(t, c.row_id, patch);
      } else if (left && !was && sameRow(cur, left)) tx.remove(t, c.row_id);
      else if (was && !left && !cur) tx.insert(t, was);
      continue;
    }
    const table: KeyedTable = t;
    const key = was ?? left;
    if (!key) continue;
    const keys: readonly string[] = LEDGER_TABLES[table];
    const cur =
      (db
        .prepare(`SELECT * FROM "${table}" WHERE ${keys.map((k) => `"${k}" IS ?`).join(' AND ')}`)
        .get(...keys.map((k) => key[k] ?? null)) as RowImage | undefined) ?? null;
    if (!sameRow(cur, left)) continue;
    if (was) tx.put(table, was);
    else tx.drop(table, key);
  }
}
