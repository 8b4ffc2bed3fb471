import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireLedgerLock } from '../../../src/main/db/ledger-lock';
import { tempDir } from '../../support/temp-ledger';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));
const ledgerFile = () => {
  const t = tempDir();
  cleanups.push(t.cleanup);
  return path.join(t.dir, 'ledger.sqlite');
};

describe('the per-ledger desktop lock', () => {
  it('refuses a second holder while the first is alive, and frees on release', () => {
    const file = ledgerFile();
    const lock = acquireLedgerLock(file);
    const otherAlivePid = process.ppid; // a live process that is not us
    expect(() => acquireLedgerLock(file, otherAlivePid)).toThrow(/另一个台账窗口/);
    lock.release();
    expect(existsSync(`${file}.lock`)).toBe(false);
    acquireLedgerLock(file, otherAlivePid).release();
  });

  it('takes over a lock left by a process that died', async () => {
    const file = ledgerFile();
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 10000)']);
    const pid = child.pid!;
    writeFileSync(`${file}.lock`, String(pid));
    expect(() => acquireLedgerLock(file)).toThrow(/另一个台账窗口/);
    child.kill('SIGKILL');
    await new Promise((r) => child.on('exit', r));
    const lock = acquireLedgerLock(file);
    lock.release();
  });

  it('lets different ledgers be locked at once', () => {
    const a = acquireLedgerLock(ledgerFile());
    const b = acquireLedgerLock(ledgerFile());
    a.release();
    b.release();
  });
});
