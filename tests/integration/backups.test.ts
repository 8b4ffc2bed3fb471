import Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiContext } from '../../src/main/api/context';
import { dispatch } from '../../src/main/api/dispatch';
import { importFiles } from '../../src/main/app/import/import-notices';
import { dailyBackupIfDue, listBackups, makeBackup } from '../../src/main/db/backups';
import { openLedger } from '../../src/main/db/ledger';
import { LATEST_SCHEMA_VERSION } from '../../src/main/db/migrate';
import { ledgerFingerprint } from '../support/ledger-fingerprint';
import { tempLedger } from '../support/temp-ledger';

const notice = (batch: string) =>
  new Uint8Array(
    Buffer.from(
      `关于确认${batch}省级社区治理创新实验区的通知\n1.石家庄市长安区——构建“红色物业”联动机制\n2.保定市竞秀区——推行小区议事会制度\n河北省民政厅\n2021年6月30日\n`,
    ),
  );

let ctx: ApiContext;
let cleanup: () => void;
beforeEach(async () => {
  const t = await tempLedger();
  ctx = { ledger: t.ledger, door: 'cli' };
  cleanup = () => {
    ctx.ledger.close();
    t.cleanup();
  };
});
afterEach(() => cleanup());

const call = async <T>(method: string, input: unknown = {}): Promise<T> => {
  const r = await dispatch(method, input, ctx);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as T;
};
const recordCount = () =>
  (ctx.ledger.db.prepare('SELECT count(*) n FROM records').get() as { n: number }).n;

describe('backups', () => {
  it('makes one daily backup on the first use of a day, not two', async () => {
    const day = new Date('2026-05-01T08:00:00Z');
    expect(await dailyBackupIfDue(ctx.ledger.db, ctx.ledger.file, day)).not.toBeNull();
    expect(
      await dailyBackupIfDue(ctx.ledger.db, ctx.ledger.file, new Date('2026-05-01T18:00:00Z')),
    ).toBeNull();
    expect(
      await dailyBackupIfDue(ctx.ledger.db, ctx.ledger.file, new Date('2026-05-02T08:00:00Z')),
    ).not.toBeNull();
    expect(listBackups(ctx.ledger.file).map((b) => b.reason)).toEqual(['daily', 'daily']);
  });

  it('restores a backup after a preview, keeping the state it replaced as a backup', async () => {
    await importFiles(ctx.ledger, [{ name: 'a.txt', bytes: notice('第一批') }]);
    const backup = await call<{ name: string }>('backups/create');
    await importFiles(ctx.ledger, [{ name: 'b.txt', bytes: notice('第二批') }]);
    expect(recordCount()).toBe(4);

    expect(await call('backups/preview', { name: backup.name })).toMatchObject({
      notices: 1,
      records: 2,
    });
    await call('backups/restore', { name: backup.name });
    expect(recordCount()).toBe(2);
    expect(ctx.ledger.db.pragma('integrity_check', { simple: true })).toBe('ok');

    // The state before the restore is itself a backup and can be restored.
    const pre = (await call<{ name: string; reason: string }[]>('backups/list')).find(
      (b) => b.reason === 'pre-restore',
    )!;
    await call('backups/restore', { name: pre.name });
    expect(recordCount()).toBe(4);
  });

  it('refuses backup names that are paths, and names that do not exist', async () => {
    for (const name of ['../ledger.sqlite.bak', '/etc/passwd.bak', 'x/y.bak']) {
      expect((await dispatch('backups/restore', { name }, ctx)).ok).toBe(false);
    }
    expect(await dispatch('backups/preview', { name: 'nope.bak' }, ctx)).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  it('exports the whole ledger as one file and imports it back', async () => {
    await importFiles(ctx.ledger, [{ name: 'a.txt', bytes: notice('第一批') }]);
    const out = path.join(path.dirname(ctx.ledger.file), 'copy.sqlite');
    await call('ledger/export', { out });
    expect(existsSync(out)).toBe(true);
    await importFiles(ctx.ledger, [{ name: 'b.txt', bytes: notice('第二批') }]);
    const summary = await call('ledger/import', {
      dataBase64: readFileSync(out).toString('base64'),
      confirm: true,
    });
    expect(summary).toMatchObject({ notices: 1, records: 2 });
    expect(recordCount()).toBe(2);
  });

  it('refuses to import a file that is not a ledger, or one from a newer version, leaving the ledger as it was', async () => {
    await importFiles(ctx.ledger, [{ name: 'a.txt', bytes: notice('第一批') }]);
    const garbage = Buffer.from('not a database at all'.repeat(50)).toString('base64');
    expect(
      await dispatch('ledger/import', { dataBase64: garbage, confirm: true }, ctx),
    ).toMatchObject({ ok: false });

    const newer = path.join(path.dirname(ctx.ledger.file), 'newer.sqlite');
    const db = new Database(newer);
    db.exec('CREATE TABLE notices(id)');
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    db.close();
    const r = await dispatch(
      'ledger/import',
      { dataBase64: readFileSync(newer).toString('base64'), confirm: true },
      ctx,
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'ledger_too_new' } });
    expect(recordCount()).toBe(2);
  });

  it("two restores in one day, then a backup, keep that day's work (finding 4)", async () => {
    const empty = await call<{ name: string }>('backups/create');
    await importFiles(ctx.ledger, [{ name: 'a.txt', bytes: notice('第一批') }]);
    await call('backups/restore', { name: empty.name }); // pre-restore #1 holds a.txt
    await importFiles(ctx.ledger, [{ name: 'b.txt', bytes: notice('第二批') }]);
    await call('backups/restore', { name: empty.name }); // pre-restore #2 holds b.txt
    await call('backups/create');
    await dailyBackupIfDue(ctx.ledger.db, ctx.ledger.file);

    // Every notice imported that day is still in some backup.
    const files = new Set<string>();
    for (const b of listBackups(ctx.ledger.file)) {
      const db = new Database(b.file, { readonly: true });
      for (const r of db.prepare('SELECT file FROM notices').all() as { file: string }[])
        files.add(r.file);
      db.close();
    }
    expect([...files].sort()).toEqual(['a.txt', 'b.txt']);
    expect(listBackups(ctx.ledger.file).filter((b) => b.reason === 'pre-restore')).toHaveLength(2);
  });

  it('two backups in the same millisecond get two files', async () => {
    const now = new Date('2026-05-01T08:00:00.123Z');
    const a = await makeBackup(ctx.ledger.db, ctx.ledger.file, 'manual', now);
    const b = await makeBackup(ctx.ledger.db, ctx.ledger.file, 'manual', now);
    expect(a).not.toBe(b);
    expect(
      listBackups(ctx.ledger.file)
        .map((x) => x.file)
        .sort(),
    ).toEqual([a, b].sort());
  });

  it('cleans stray temporary files when the ledger is opened', async () => {
    const dir = path.dirname(ctx.ledger.file);
    const backups = path.join(dir, 'backups');
    await call('backups/create');
    const stray = [
      path.join(backups, 'ledger.sqlite.2026-01-01T00-00-00-000Z.daily.bak.partial'),
      path.join(backups, 'incoming-1700000000000.sqlite'),
      path.join(backups, 'gone.sqlite-wal'),
      path.join(backups, 'gone.sqlite-shm'),
      path.join(dir, 'ledger.sqlite.restoring'),
    ];
    const old = new Date(Date.now() - 24 * 3600_000);
    for (const f of stray) {
      writeFileSync(f, 'x');
      utimesSync(f, old, old);
    }
    const kept = path.join(dir, 'notes.txt'); // not ours: never touched
    writeFileSync(kept, 'x');
    ctx.ledger.close();
    ctx.ledger = await openLedger(ctx.ledger.file);
    for (const f of stray) expect(existsSync(f), f).toBe(false);
    expect(existsSync(kept)).toBe(true);
    expect(readdirSync(backups).filter((n) => n.endsWith('.bak'))).toHaveLength(1);
  });

  it('calls made during a restore wait for it instead of failing (finding 7)', async () => {
    await importFiles(ctx.ledger, [{ name: 'a.txt', bytes: notice('第一批') }]);
    const backup = await call<{ name: string }>('backups/create');
    await importFiles(ctx.ledger, [{ name: 'b.txt', bytes: notice('第二批') }]);
    const restore = dispatch('backups/restore', { name: backup.name }, ctx);
    const during: Promise<unknown>[] = [];
    let done = false;
    void restore.then(() => (done = true));
    for (let i = 0; i < 200 && !done; i++) {
      during.push(dispatch(i % 2 ? 'notices/list' : 'ledger/counts', {}, ctx));
      await new Promise((r) => setImmediate(r));
    }
    expect(await restore).toMatchObject({ ok: true });
    for (const r of await Promise.all(during)) expect(r).toMatchObject({ ok: true });
    // Every call that waited saw the restored ledger, never a half-done one.
    const lists = (await Promise.all(during)).filter((r): r is { ok: true; value: unknown[] } =>
      Array.isArray((r as { value: unknown }).value),
    );
    for (const l of lists) expect(l.value).toHaveLength(1);
    expect(
      ctx.ledger.db
        .prepare("SELECT count(*) n FROM records_fts WHERE records_fts MATCH '长安区'")
        .get(),
    ).toEqual({ n: 1 });
    ctx.ledger.db.exec("INSERT INTO records_fts(records_fts) VALUES('integrity-check')");
  });

  it('a restore is an operation in the log: undo puts back the state before it (its pre-restore backup), redo restores again', async () => {
    const empty = await call<{ name: string }>('backups/create');
    await importFiles(ctx.ledger, [{ name: 'a.txt', bytes: notice('第一批') }]);
    const before = ledgerFingerprint(ctx.ledger.db, { log: false });
    await call('backups/restore', { name: empty.name });
    const restored = ledgerFingerprint(ctx.ledger.db, { log: false });
    expect(recordCount()).toBe(0);
    const last = ctx.ledger.db
      .prepare('SELECT kind, summary FROM operations ORDER BY id DESC LIMIT 1')
      .get() as { kind: string; summary: string };
    expect(last.kind).toBe('restore');
    expect(last.summary).toContain(empty.name);
    expect(last.summary).toMatch(/pre-restore\.bak/);

    const peek = await call<{ undo: { label: string; confirm: boolean } }>('history/peek');
    expect(peek.undo).toMatchObject({ confirm: true });
    expect(peek.undo.label).toMatch(/^撤销：恢复备份/);
    await call('history/undo');
    expect(ledgerFingerprint(ctx.ledger.db, { log: false })).toBe(before);
    expect(recordCount()).toBe(2);
    // The state put back knows the restore, undone, and can redo it.
    const redo = (await call<{ redo: { op: { kind: string } } | null }>('history/peek')).redo;
    expect(redo?.op.kind).toBe('restore');
    await call('history/redo');
    expect(ledgerFingerprint(ctx.ledger.db, { log: false })).toBe(restored);
    expect(ctx.ledger.db.pragma('foreign_key_check')).toEqual([]);
  });

  it('undoing a restore whose pre-restore backup is gone says which backup it needed', async () => {
    const empty = await call<{ name: string }>('backups/create');
    await importFiles(ctx.ledger, [{ name: 'a.txt', bytes: notice('第一批') }]);
    await call('backups/restore', { name: empty.name });
    const pre = listBackups(ctx.ledger.file).find((b) => b.reason === 'pre-restore')!;
    rmSync(pre.file);
    const undo = await dispatch('history/undo', {}, ctx);
    expect(undo).toMatchObject({ ok: false, error: { code: 'backup_missing' } });
    expect((undo as { error: { message: string } }).error.message).toContain(
      path.basename(pre.file),
    );
    expect(recordCount()).toBe(0); // nothing changed
  });

  it('a whole ledger brought in is logged as such and undone the same way', async () => {
    await importFiles(ctx.ledger, [{ name: 'a.txt', bytes: notice('第一批') }]);
    const exported = await call<{ dataBase64: string }>('ledger/export');
    await importFiles(ctx.ledger, [{ name: 'b.txt', bytes: notice('第二批') }]);
    const before = ledgerFingerprint(ctx.ledger.db, { log: false });
    await call('ledger/import', { dataBase64: exported.dataBase64, confirm: true });
    expect(recordCount()).toBe(2);
    const list = await call<{ kind: string; kindLabel: string; summary: string }[]>(
      'history/list',
      { limit: 1 },
    );
    expect(list[0]).toMatchObject({ kind: 'ledger_import', kindLabel: '导入台账文件' });
    await call('history/undo');
    expect(ledgerFingerprint(ctx.ledger.db, { log: false })).toBe(before);
  });
});
