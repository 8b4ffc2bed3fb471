/**
 * One owner of the ledger while its contents are replaced (issue #20, finding 1): the
 * cross-process replace lock, the in-process gate, and noticing a file replaced under a
 * running process.
 */
import { spawn } from 'node:child_process';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../src/main/api/dispatch';
import { withExclusiveAccess, withSharedAccess } from '../../../src/main/db/ledger-gate';
import { openLedger } from '../../../src/main/db/ledger';
import {
  acquireReplaceLock,
  replaceLockFile,
  waitWhileReplacing,
} from '../../../src/main/db/replace-lock';
import { tempDir, tempLedger } from '../../support/temp-ledger';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));
const ledgerFile = () => {
  const t = tempDir();
  cleanups.push(t.cleanup);
  return path.join(t.dir, 'ledger.sqlite');
};

describe('the replace lock', () => {
  it('makes others wait while a live process holds it, then refuses in Chinese', async () => {
    const file = ledgerFile();
    writeFileSync(replaceLockFile(file), String(process.ppid)); // a live process, not us
    await expect(waitWhileReplacing(file, 200)).rejects.toMatchObject({
      code: 'ledger_restoring',
      message: expect.stringMatching(/正在恢复台账/),
    });
    await expect(acquireReplaceLock(file, 200)).rejects.toMatchObject({ code: 'ledger_restoring' });
  });

  it('lets waiting calls through as soon as it is released', async () => {
    const file = ledgerFile();
    writeFileSync(replaceLockFile(file), String(process.ppid));
    const waiting = waitWhileReplacing(file, 10_000);
    setTimeout(() => rmSync(replaceLockFile(file), { force: true }), 100);
    await expect(waiting).resolves.toBeUndefined();
  });

  it('takes over a lock left by a process that died', async () => {
    const file = ledgerFile();
    const child = spawn(process.execPath, ['-e', '']);
    await new Promise((r) => child.on('exit', r));
    writeFileSync(replaceLockFile(file), String(child.pid));
    const lock = await acquireReplaceLock(file, 1000);
    lock.release();
  });

  it('is honoured by dispatch: a call waits until another process finishes replacing', async () => {
    const t = await tempLedger();
    cleanups.push(t.cleanup);
    writeFileSync(replaceLockFile(t.file), String(process.ppid));
    let answered = false;
    const call = dispatch('notices/list', {}, { ledger: t.ledger, door: 'cli' }).then((r) => {
      answered = true;
      return r;
    });
    await new Promise((r) => setTimeout(r, 200));
    expect(answered).toBe(false);
    writeFileSync(replaceLockFile(t.file), '');
    expect(await call).toEqual({ ok: true, value: [] });
  });
});

describe('the in-process gate', () => {
  it('runs an exclusive call after the running ones and before the ones after it', async () => {
    const order: string[] = [];
    const step = (name: string, ms: number) => async () => {
      order.push(`${name}:start`);
      await new Promise((r) => setTimeout(r, ms));
      order.push(`${name}:end`);
    };
    await Promise.all([
      withSharedAccess('k', step('a', 50)),
      withExclusiveAccess('k', step('restore', 50)),
      withSharedAccess('k', step('b', 10)),
    ]);
    expect(order).toEqual(['a:start', 'a:end', 'restore:start', 'restore:end', 'b:start', 'b:end']);
  });
});

describe('a ledger file replaced under a running process', () => {
  it('is noticed: writes stop with a Chinese error instead of going into a deleted file', async () => {
    const t = await tempLedger();
    cleanups.push(t.cleanup);
    const other = await openLedger(path.join(path.dirname(t.file), 'other.sqlite'));
    other.close();
    renameSync(other.file, t.file); // what an older version's restore did
    const r = await dispatch(
      'import/files',
      {
        files: [
          {
            name: 'a.txt',
            dataBase64: Buffer.from('关于确认实验区的通知\n1.石家庄市长安区\n').toString('base64'),
          },
        ],
      },
      { ledger: t.ledger, door: 'cli' },
    );
    expect(r).toMatchObject({ ok: true });
    const failure = (r as { value: { failures: { code: string; message: string }[] } }).value
      .failures[0]!;
    expect(failure.code).toBe('ledger_replaced');
    expect(failure.message).toMatch(/已被其他程序替换.*请关闭后重新打开/);
    expect(t.ledger.db.prepare('SELECT count(*) n FROM notices').get()).toEqual({ n: 0 });
  });
});
