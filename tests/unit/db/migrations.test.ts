import Database from 'better-sqlite3';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openLedger } from '../../../src/main/db/ledger';
import { migrate, schemaVersion } from '../../../src/main/db/migrate';
import { MIGRATIONS, LATEST_SCHEMA_VERSION } from '../../../src/main/db/migrations';
import type { Migration } from '../../../src/main/db/migrations/types';
import { openDatabase } from '../../../src/main/db/open-database';
import { tempDir } from '../../support/temp-ledger';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));
const dir = () => {
  const t = tempDir();
  cleanups.push(t.cleanup);
  return t.dir;
};

const tables = (db: Database.Database) =>
  (
    db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table') ORDER BY name").all() as {
      name: string;
    }[]
  ).map((r) => r.name);

/** Inserts one connected row set (notice → record → mention → provenance → op) at any version ≥ 1. */
function seedRows(db: Database.Database) {
  const now = '2024-01-01T00:00:00Z';
  db.prepare(
    "INSERT INTO operations(id, kind, summary, created_at) VALUES (1, 'import', '导入测试通知', ?)",
  ).run(now);
  db.prepare(
    `INSERT INTO notices(id, file, sha256, format, raw_text, title, imported_at, op_id)
     VALUES (1, 'a.txt', 'abc', 'txt', '原文', '关于确认实验区的通知', ?, 1)`,
  ).run(now);
  db.prepare(
    `INSERT INTO records(id, kind, region_text, region_code, title, created_at, updated_at)
     VALUES (1, 'zone', '江苏省南京市栖霞区', '320113', '社区协商', ?, ?)`,
  ).run(now, now);
  db.prepare(
    'INSERT INTO mentions(id, record_id, notice_id, seq, span_start, span_end, original_record_id) VALUES (1, 1, 1, 1, 0, 2, 1)',
  ).run();
  db.prepare(
    "INSERT INTO field_provenance(record_id, field, mention_id) VALUES (1, 'title', 1)",
  ).run();
}

describe('migrations', () => {
  it('are numbered 1, 2, 3… with no gap', () => {
    MIGRATIONS.forEach((m, i) => expect(m.version).toBe(i + 1));
    expect(LATEST_SCHEMA_VERSION).toBe(MIGRATIONS.length);
  });

  it('bring an empty file to the latest schema with every table the features need', async () => {
    const db = openDatabase(path.join(dir(), 'l.sqlite'));
    await migrate(db);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(tables(db)).toEqual(
      expect.arrayContaining([
        'notices',
        'records',
        'mentions',
        'field_provenance',
        'operations',
        'operation_changes',
        'rules',
        'milestones',
        'pair_decisions',
        'record_links',
        'records_fts',
      ]),
    );
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('keep existing data through every step', async () => {
    for (let v = 2; v <= LATEST_SCHEMA_VERSION; v++) {
      const db = openDatabase(path.join(dir(), `step${v}.sqlite`));
      await migrate(db, { target: v - 1 });
      seedRows(db);
      const before = (db.prepare('SELECT count(*) n FROM records').get() as { n: number }).n;
      await migrate(db, { target: v });
      expect(schemaVersion(db)).toBe(v);
      expect((db.prepare('SELECT count(*) n FROM records').get() as { n: number }).n).toBe(before);
      db.close();
    }
    // With one migration there is no step yet; still prove the seeded data is well-formed at latest.
    const db = openDatabase(path.join(dir(), 'latest.sqlite'));
    await migrate(db);
    seedRows(db);
    expect(
      db.prepare("SELECT rowid FROM records_fts WHERE records_fts MATCH '栖霞区'").all(),
    ).toEqual([{ rowid: 1 }]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });

  it('run each step in a transaction: a failing step leaves the previous version intact', async () => {
    const failing: Migration[] = [
      ...MIGRATIONS,
      {
        version: MIGRATIONS.length + 1,
        name: 'broken',
        up: (db) => {
          db.exec('CREATE TABLE half_done(x)');
          throw new Error('boom');
        },
      },
    ];
    const db = openDatabase(path.join(dir(), 'f.sqlite'));
    await expect(migrate(db, { migrations: failing })).rejects.toThrow('boom');
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(tables(db)).not.toContain('half_done');
    db.close();
  });

  it('back up a non-empty ledger before migrating it', async () => {
    const d = dir();
    const file = path.join(d, 'l.sqlite');
    const db = openDatabase(file);
    await migrate(db);
    seedRows(db);
    const extra: Migration[] = [
      ...MIGRATIONS,
      { version: MIGRATIONS.length + 1, name: 'extra', up: (x) => x.exec('CREATE TABLE extra(x)') },
    ];
    let backedUpFrom = -1;
    await migrate(db, {
      migrations: extra,
      backup: async (from) => {
        backedUpFrom = from;
        await db.backup(path.join(d, 'backup.sqlite'));
      },
    });
    expect(backedUpFrom).toBe(LATEST_SCHEMA_VERSION);
    const copy = new Database(path.join(d, 'backup.sqlite'), { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect((copy.prepare('SELECT count(*) n FROM records').get() as { n: number }).n).toBe(1);
    copy.close();
    db.close();
  });

  it('refuse a ledger made by a newer version, leaving it untouched', async () => {
    const file = path.join(dir(), 'new.sqlite');
    const raw = new Database(file);
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    raw.exec('CREATE TABLE future(x)');
    raw.close();
    await expect(openLedger(file)).rejects.toMatchObject({ code: 'ledger_too_new' });
    const again = new Database(file, { readonly: true });
    expect(again.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION + 5);
    again.close();
  });

  it('give a clear error for a file that is not a ledger', async () => {
    const file = path.join(dir(), 'not-a-db.sqlite');
    writeFileSync(file, 'this is plain text, not SQLite'.repeat(100));
    await expect(openLedger(file)).rejects.toMatchObject({ code: 'ledger_unreadable' });
  });

  it('openLedger makes no backup for a brand-new file', async () => {
    const d = dir();
    const ledger = await openLedger(path.join(d, 'fresh.sqlite'));
    ledger.close();
    expect(existsSync(path.join(d, 'backups')) ? readdirSync(path.join(d, 'backups')) : []).toEqual(
      [],
    );
  });
});
