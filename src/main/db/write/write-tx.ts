/**
 * The handle every write goes through (given by withOperation). Each helper writes and
 * logs what it changed, before and after, in the same transaction — so undo and redo can
 * replay any operation generically and no writer has to remember to log.
 */
import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/app-error';
import { logChange, logChanges } from './change-log';
import { ownedByImport, type CompactForm, type ImportScope } from './compact-forms';
import {
  checkColumns,
  LEDGER_TABLES,
  recordOf,
  type IdTable,
  type KeyedTable,
  type LedgerTable,
  type RowImage,
  type SqlValue,
} from './ledger-tables';
import { assignments, keyMatch, quoted, statement } from './statements';

/** Who set a field's value: a mention of a notice, or an operation (a person's edit). */
export interface ProvenanceSource {
  mentionId: number | null;
  opId: number | null;
}

export class WriteTx {
  /** Tables this operation wrote, for the log and for whoever refreshes views. */
  readonly tables = new Set<LedgerTable>();
  /** Records a compact change covers (an import's), counted with the logged ones. */
  compactRecords = 0;
  summary: string;
  noticeId: number | null;
  private readonly scopes: ImportScope[] = [];
  private logged = 0;

  constructor(
    readonly db: Database.Database,
    readonly opId: number,
    readonly now: string,
    spec: { summary: string; noticeId: number | null },
  ) {
    this.summary = spec.summary;
    this.noticeId = spec.noticeId;
  }

  /** Says what the operation did, once the work knows (the history and the undo button show it). */
  describe(summary: string): void {
    this.summary = summary;
  }

  /** Whether anything was written: an operation that changed nothing is not kept. */
  get changed(): boolean {
    return this.logged > 0;
  }

  insert(table: IdTable, values: RowImage): number {
    const cols = Object.keys(values);
    checkColumns(this.db, table, cols);
    const row = statement(
      this.db,
      cols.length === 0
        ? `INSERT INTO "${table}" DEFAULT VALUES RETURNING *`
        : `INSERT INTO "${table}" (${quoted(cols)}) VALUES (${cols.map(() => '?').join(', ')}) RETURNING *`,
    ).get(...cols.map((c) => values[c] ?? null)) as RowImage;
    const id = Number(row.id);
    this.log(table, row, id, { before: null, after: row });
    return id;
  }

  /**
   * Inserts rows in order, as `insert` would one by one (same ids, same log), up to
   * INSERT_CHUNK to a statement. The runs of rows an import's scope owns need no log of their
   * own, so no returned row; the others (an earlier record's milestones, planned again when a
   * later notice joins it) are returned by their statement and logged in id order, the order
   * they were inserted in — one statement each was most of a joining notice's milestones.
   */
  insertMany(table: IdTable, rows: readonly RowImage[]): void {
    let run: RowImage[] = [];
    let cols: string[] = [];
    let logged = false;
    const flush = () => {
      if (run.length === 0) return;
      const width = cols.length;
      const row = `(${cols.map(() => '?').join(', ')})`;
      for (let i = 0; i < run.length; i += INSERT_CHUNK) {
        const n = Math.min(INSERT_CHUNK, run.length - i);
        // one flat array for the statement, not an array per row flattened again
        const values = new Array<SqlValue>(n * width);
        for (let j = 0; j < n; j++) {
          const r = run[i + j]!;
          for (let c = 0; c < width; c++) values[j * width + c] = r[cols[c]!] ?? null;
        }
        const all = Array<string>(n).fill(row).join(', ');
        const sql = `INSERT INTO "${table}" (${quoted(cols)}) VALUES ${all}`;
        if (!logged) {
          statement(this.db, sql).run(values);
          continue;
        }
        // SQLite returns the rows in no promised order; each took the next id in turn
        const back = (statement(this.db, `${sql} RETURNING *`).all(values) as RowImage[]).sort(
          (a, b) => Number(a.id) - Number(b.id),
        );
        this.logAll(
          table,
          back.map((r) => ({ row: r, id: Number(r.id), c: { before: null, after: r } })),
        );
      }
      this.tables.add(table);
      run = [];
    };
    for (const values of rows) {
      const keys = Object.keys(values);
      const owned =
        keys.length > 0 && this.scopes.some((s) => ownedByImport(s, table, values, null));
      // a row naming its own id (or no column) is inserted alone: ids then say no order
      const alone = !owned && (keys.length === 0 || keys.includes('id'));
      if (alone || owned === logged || !sameColumns(keys, cols)) flush();
      if (alone) {
        this.insert(table, values);
        continue;
      }
      if (run.length === 0) {
        checkColumns(this.db, table, keys);
        cols = keys;
        logged = !owned;
      }
      run.push(values);
    }
    flush();
  }

  /** Sets columns of one row; logs each column that really changed. Returns how many did. */
  update(table: IdTable, id: number, patch: RowImage): number {
    const cols = Object.keys(patch);
    checkColumns(this.db, table, cols);
    const row = this.row(table, id);
    if (!row) throw new AppError('not_found', `${table} 中没有编号为 ${id} 的行`);
    const changed = cols.filter((c) => !same(row[c], patch[c]));
    if (changed.length === 0) return 0;
    statement(this.db, `UPDATE "${table}" SET ${assignments(changed)} WHERE id = ?`).run(
      ...changed.map((c) => patch[c] ?? null),
      id,
    );
    this.logAll(
      table,
      changed.map((c) => ({
        row,
        id,
        c: { field: c, before: row[c] ?? null, after: patch[c] ?? null },
      })),
    );
    return changed.length;
  }

  remove(table: IdTable, id: number): boolean {
    const row = this.row(table, id);
    if (!row) return false;
    statement(this.db, `DELETE FROM "${table}" WHERE id = ?`).run(id);
    this.log(table, row, id, { before: row, after: null });
    return true;
  }

  /** Inserts or rewrites a row of a keyed table (settings, provenance, pair decisions). */
  put(table: KeyedTable, row: RowImage): boolean {
    const keys: readonly string[] = LEDGER_TABLES[table];
    const cols = Object.keys(row);
    checkColumns(this.db, table, cols);
    const before = this.keyed(table, row);
    const values = cols.filter((c) => !keys.includes(c));
    if (before && values.every((c) => same(before[c], row[c]))) return false;
    if (before)
      statement(
        this.db,
        `UPDATE "${table}" SET ${assignments(values)} WHERE ${keyMatch(keys)}`,
      ).run(...values.map((c) => row[c] ?? null), ...keys.map((k) => row[k] ?? null));
    else
      statement(
        this.db,
        `INSERT INTO "${table}" (${quoted(cols)}) VALUES (${cols.map(() => '?').join(', ')})`,
      ).run(...cols.map((c) => row[c] ?? null));
    const after = this.keyed(table, row);
    this.log(table, after ?? row, null, { before, after });
    return true;
  }

  /** Deletes a row of a keyed table. */
  drop(table: KeyedTable, key: RowImage): boolean {
    const keys: readonly string[] = LEDGER_TABLES[table];
    const before = this.keyed(table, key);
    if (!before) return false;
    statement(this.db, `DELETE FROM "${table}" WHERE ${keyMatch(keys)}`).run(
      ...keys.map((k) => key[k] ?? null),
    );
    this.log(table, before, null, { before, after: null });
    return true;
  }

  /**
   * Which mention or which operation set a record's field. null is "no source": a row with
   * neither, since a field without a row reads as coming from the record's own mention
   * (the field_sources view, migration 0008).
   */
  setProvenance(recordId: number, field: string, source: ProvenanceSource | null): boolean {
    return this.put('field_provenance', {
      record_id: recordId,
      field,
      mention_id: source?.mentionId ?? null,
      op_id: source?.opId ?? null,
    });
  }

  /**
   * setProvenance for several fields of one record, leaving the same rows and logging the
   * same changes in the same order: the record's rows read once and its new rows written in
   * one statement. A later notice's join sets a dozen fields of a record, and each set read
   * its row twice and wrote it alone (~30 µs a field at 100,000 records).
   */
  setProvenanceOf(
    recordId: number,
    fields: readonly string[],
    source: ProvenanceSource | null,
  ): number {
    if (fields.length === 0) return 0;
    const had = new Map(
      (
        statement(this.db, 'SELECT * FROM field_provenance WHERE record_id = ?').all(
          recordId,
        ) as RowImage[]
      ).map((r) => [r.field as string, r]),
    );
    const mentionId = source?.mentionId ?? null;
    const opId = source?.opId ?? null;
    const changes: { before: RowImage | null; after: RowImage }[] = [];
    const added: RowImage[] = [];
    for (const field of new Set(fields)) {
      // the columns in the table's order: the row a read after the write would give
      const after = { record_id: recordId, field, mention_id: mentionId, op_id: opId };
      const before = had.get(field) ?? null;
      if (before && same(before.mention_id, mentionId) && same(before.op_id, opId)) continue;
      if (before)
        statement(
          this.db,
          `UPDATE "field_provenance" SET "mention_id" = ?, "op_id" = ?
            WHERE "record_id" = ? AND "field" = ?`,
        ).run(mentionId, opId, recordId, field);
      else added.push(after);
      changes.push({ before, after });
    }
    for (let i = 0; i < added.length; i += INSERT_CHUNK) {
      const run = added.slice(i, i + INSERT_CHUNK);
      statement(
        this.db,
        `INSERT INTO "field_provenance" ("record_id", "field", "mention_id", "op_id")
         VALUES ${run.map(() => '(?, ?, ?, ?)').join(', ')}`,
      ).run(run.flatMap((r) => [r.record_id, r.field, r.mention_id, r.op_id]));
    }
    this.logAll(
      'field_provenance',
      changes.map((c) => ({ row: c.after, id: null, c })),
    );
    return changes.length;
  }

  /** A ledger setting (null removes it). */
  setSetting(key: string, value: string | null): boolean {
    return value === null ? this.drop('settings', { key }) : this.put('settings', { key, value });
  }

  /**
   * Logs one compact change that stands for rows written without a log of their own (see
   * compact-forms.ts); rows of its scope written later in this operation are not logged either.
   */
  compact(
    form: CompactForm,
    table: LedgerTable,
    rowId: number,
    opts: { scope?: ImportScope; payload?: Record<string, string | number> } = {},
  ): void {
    logChange(this.db, this.opId, { table, rowId, recordId: null, form, after: opts.payload });
    this.tables.add(table);
    this.logged++;
    if (opts.scope) this.scopes.push(opts.scope);
  }

  /** Marks tables written by a compact change's own statements. */
  wrote(...tables: LedgerTable[]): void {
    for (const t of tables) this.tables.add(t);
  }

  private row(table: LedgerTable, id: number): RowImage | undefined {
    return statement(this.db, `SELECT * FROM "${table}" WHERE id = ?`).get(id) as
      RowImage | undefined;
  }

  private keyed(table: KeyedTable, key: RowImage): RowImage | null {
    const keys: readonly string[] = LEDGER_TABLES[table];
    return (
      (statement(this.db, `SELECT * FROM "${table}" WHERE ${keyMatch(keys)}`).get(
        ...keys.map((k) => key[k] ?? null),
      ) as RowImage | undefined) ?? null
    );
  }

  private log(
    table: LedgerTable,
    row: RowImage,
    id: number | null,
    c: { field?: string; before: unknown; after: unknown },
  ): void {
    this.logAll(table, [{ row, id, c }]);
  }

  /** `log` for several changes of one table, written in one statement (the same rows, in order). */
  private logAll(
    table: LedgerTable,
    changes: readonly {
      row: RowImage;
      id: number | null;
      c: { field?: string; before: unknown; after: unknown };
    }[],
  ): void {
    this.tables.add(table);
    const entries = changes
      .filter(({ row, id }) => !this.scopes.some((s) => ownedByImport(s, table, row, id)))
      .map(({ row, id, c }) => ({
        table,
        rowId: id ?? recordOf(table, row, null) ?? 0,
        recordId: recordOf(table, row, id),
        ...c,
      }));
    logChanges(this.db, this.opId, entries);
    this.logged += entries.length;
  }
}

/** Rows per multi-row INSERT of insertMany (×10 columns: far below SQLite's parameter limit). */
const INSERT_CHUNK = 64;

const sameColumns = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((c, i) => c === b[i]);

const same = (a: SqlValue | undefined, b: SqlValue | undefined) => (a ?? null) === (b ?? null);
