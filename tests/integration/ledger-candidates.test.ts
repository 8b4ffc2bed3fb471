/**
 * Finding 3 and the last part of finding 6 of issue #20: a file offered as a ledger
 * (restore, whole-ledger import, `--db`) must match our schema exactly at its version and
 * pass integrity and foreign-key checks, or it is refused — and a refused file is never
 * changed: not switched to WAL, not migrated, not a byte different.
 */
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiContext } from '../../src/main/api/context';
import { dispatch } from '../../src/main/api/dispatch';
import { importFiles } from '../../src/main/app/import/import-notices';
import { openLedger } from '../../src/main/db/ledger';
import { LATEST_SCHEMA_VERSION } from '../../src/main/db/migrate';
import { runCli } from '../../src/main/cli/run-cli';
import { ledgerFingerprint } from '../support/ledger-fingerprint';
import { tempLedger } from '../support/temp-ledger';

const notice = new Uint8Array(
  Buffer.from(
    '关于确认第一批省级社区治理创新实验区的通知\n1.石家庄市长安区——构建“红色物业”联动机制\n2.保定市竞秀区——推行小区议事会制度\n河北省民政厅\n2021年6月30日\n',
  ),
);

let ctx: ApiContext;
let dir: string;
let cleanup: () => void;
beforeEach(async () => {
  const t = await tempLedger();
  ctx = { ledger: t.ledger, door: 'cli' };
  dir = path.dirname(t.file);
  cleanup = () => {
    ctx.ledger.close();
    t.cleanup();
  };
  await importFiles(ctx.ledger, [{ name: 'a.txt', bytes: notice }]);
});
afterEach(() => cleanup());

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** A SQLite file made by hand, the way a hostile or mistaken file would be. */
function craft(name: string, build: (db: Database.Database) => void): string {
  const file = path.join(dir, name);
  const db = new Database(file);
  build(db);
  db.close();
  return file;
}

/** An exact copy of the live ledger's schema, data and all, with one change on top. */
function ledgerCopyWith(name: string, change: (db: Database.Database) => void): string {
  const file = path.join(dir, name);
  ctx.ledger.db.pragma('wal_checkpoint(TRUNCATE)');
  copyFileSync(ctx.ledger.file, file);
  const db = new Database(file);
  db.pragma('journal_mode = DELETE');
  change(db);
  db.close();
  return file;
}

async function expectImportRefused(file: string, code: RegExp) {
  const before = ledgerFingerprint(ctx.ledger.db);
  const bytes = sha(file);
  const r = await dispatch(
    'ledger/import',
    { dataBase64: readFileSync(file).toString('base64'), confirm: true },
    ctx,
  );
  expect(r.ok).toBe(false);
  if (!r.ok) {
    expect(r.error.code).toMatch(code);
    expect(r.error.message).toMatch(/[\u4e00-\u9fff]/);
  }
  // The live ledger is untouched, still open and still usable.
  expect(ledgerFingerprint(ctx.ledger.db)).toBe(before);
  expect((await dispatch('notices/list', {}, ctx)).ok).toBe(true);
  expect(sha(file)).toBe(bytes);
}

const onlyNoticesAndRecords = (db: Database.Database) => {
  db.exec('CREATE TABLE notices(id INTEGER PRIMARY KEY, title TEXT, imported_at TEXT)');
  db.exec('CREATE TABLE records(id INTEGER PRIMARY KEY, merged_into INTEGER, deleted_at TEXT)');
  db.pragma('user_version = 1');
};

describe('a candidate ledger is checked against our schema before anything is replaced', () => {
  it('refuses a SQLite file with only notices and records at user_version 1', async () => {
    await expectImportRefused(craft('thin.sqlite', onlyNoticesAndRecords), /not_a_ledger/);
  });

  it('refuses a ledger that carries an extra trigger', async () => {
    const file = ledgerCopyWith('trigger.sqlite', (db) =>
      db.exec(
        "CREATE TRIGGER rewrite AFTER INSERT ON records BEGIN UPDATE records SET title = 'x' WHERE id = new.id; END",
      ),
    );
    await expectImportRefused(file, /not_a_ledger/);
  });

  it('refuses a ledger with an extra column, or a missing index', async () => {
    await expectImportRefused(
      ledgerCopyWith('column.sqlite', (db) => db.exec('ALTER TABLE records ADD COLUMN extra TEXT')),
      /not_a_ledger/,
    );
    await expectImportRefused(
      ledgerCopyWith('index.sqlite', (db) => db.exec('DROP INDEX records_live_title')),
      /not_a_ledger/,
    );
  });

  it('refuses a ledger whose foreign keys point nowhere', async () => {
    const file = ledgerCopyWith('orphan.sqlite', (db) => {
      db.pragma('foreign_keys = OFF');
      db.exec('UPDATE mentions SET notice_id = 9999');
    });
    await expectImportRefused(file, /ledger_corrupt|not_a_ledger/);
  });

  it('refuses a newer-schema file without switching it to WAL', async () => {
    const file = ledgerCopyWith('newer.sqlite', (db) =>
      db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`),
    );
    await expectImportRefused(file, /ledger_too_new/);
    expect(readFileSync(file)[18]).toBe(1); // header: still a rollback-journal file
  });

  it('still accepts an exact copy of a ledger', async () => {
    const file = ledgerCopyWith('good.sqlite', () => undefined);
    const r = await dispatch(
      'ledger/import',
      { dataBase64: readFileSync(file).toString('base64'), confirm: true },
      ctx,
    );
    expect(r).toMatchObject({ ok: true, value: { notices: 1, records: 2 } });
  });
});

describe('opening a file as the ledger (--db)', () => {
  const cli = async (args: string[]) => {
    const err: string[] = [];
    const code = await runCli(args, { out: () => undefined, err: (s) => err.push(s) });
    return { code, err: err.join('\n') };
  };

  it('refuses a foreign SQLite file and leaves its bytes as they were', async () => {
    const file = craft('foreign.sqlite', (db) => {
      db.exec('CREATE TABLE contacts(id INTEGER PRIMARY KEY, name TEXT)');
      db.exec("INSERT INTO contacts(name) VALUES ('张三')");
    });
    const before = sha(file);
    const r = await cli(['notices', '--db', file]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/不是台账/);
    expect(sha(file)).toBe(before);
    expect(existsSync(`${file}-wal`)).toBe(false);
    await expect(openLedger(file)).rejects.toThrow(/不是台账/);
    expect(sha(file)).toBe(before);
  });

  it('refuses a hand-made file that claims to be a ledger', async () => {
    const file = craft('thin.sqlite', onlyNoticesAndRecords);
    const before = sha(file);
    expect((await cli(['notices', '--db', file])).code).toBe(1);
    expect(sha(file)).toBe(before);
  });

  it('refuses a newer ledger without switching it to WAL', async () => {
    const file = ledgerCopyWith('newer.sqlite', (db) =>
      db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`),
    );
    const before = sha(file);
    const r = await cli(['notices', '--db', file]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/更新版本/);
    expect(sha(file)).toBe(before);
  });

  it('opens an empty file as a new ledger', async () => {
    const file = path.join(dir, 'empty.sqlite');
    writeFileSync(file, '');
    expect((await cli(['notices', '--db', file])).code).toBe(0);
  });
});
