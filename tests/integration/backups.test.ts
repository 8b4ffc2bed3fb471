import Database from 'better-sqlite3';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiContext } from '../../src/main/api/context';
import { dispatch } from '../../src/main/api/dispatch';
import { importFiles } from '../../src/main/app/import/import-notices';
import { dailyBackupIfDue, listBackups } from '../../src/main/db/backups';
import { LATEST_SCHEMA_VERSION } from '../../src/main/db/migrate';
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
});
