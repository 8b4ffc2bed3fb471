/**
 * Finding 1 of issue #20: a restore while a CLI import runs in another process. Before,
 * the restore deleted the WAL and renamed a copy over the ledger; the CLI kept writing
 * into the deleted file, reported 60/60 imported and exited 0 — 57 notices were in no
 * file at all. Now: every notice the CLI reports as imported is in the ledger or in a
 * kept backup, and the CLI never exits 0 having lost a write.
 */
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ImportOutcome } from '../../src/shared/contract';
import { dispatch } from '../../src/main/api/dispatch';
import { listBackups } from '../../src/main/db/backups';
import { openLedger } from '../../src/main/db/ledger';
import { repoRoot } from '../support/shared';
import { tempDir } from '../support/temp-ledger';

const tsx = path.join(repoRoot, 'node_modules/tsx/dist/cli.mjs');
const { dir, cleanup } = tempDir('taizhang-restore-race-');
afterAll(cleanup);

const FILES = 60;
const noticeText = (i: number) =>
  `关于确认第${i}批省级社区治理创新实验区的通知\n1.石家庄市长安区——第${i}批构建“红色物业”联动机制\n2.保定市竞秀区——第${i}批推行小区议事会制度\n河北省民政厅\n2021年6月30日\n`;

function shasIn(file: string): Set<string> {
  const db = new Database(file, { readonly: true });
  try {
    return new Set(
      (db.prepare('SELECT sha256 FROM notices').all() as { sha256: string }[]).map((r) => r.sha256),
    );
  } finally {
    db.close();
  }
}

describe('a restore while another process imports (finding 1)', () => {
  it('loses nothing the CLI reports as imported', async () => {
    const ledgerFile = path.join(dir, 'ledger.sqlite');
    const ledger = await openLedger(ledgerFile);
    const ctx = { ledger, door: 'desktop' as const };
    const empty = await dispatch('backups/create', {}, ctx);
    expect(empty.ok).toBe(true);
    const emptyName = (empty as { value: { name: string } }).value.name;

    const inputs = path.join(dir, 'inputs');
    mkdirSync(inputs);
    const files = Array.from({ length: FILES }, (_, i) => {
      const f = path.join(inputs, `notice-${i + 1}.txt`);
      writeFileSync(f, noticeText(i + 1));
      return f;
    });

    const child = spawn(
      process.execPath,
      [tsx, 'src/main/cli/index.ts', 'import', ...files, '--db', ledgerFile, '--json'],
      { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));

    // Restore once the CLI is well into its batch.
    let running = true;
    void exited.then(() => (running = false));
    const count = () =>
      (ledger.db.prepare('SELECT count(*) AS n FROM notices').get() as { n: number }).n;
    while (running && count() < 5) await new Promise((r) => setTimeout(r, 20));
    const restored = await dispatch('backups/restore', { name: emptyName }, ctx);
    expect(restored, JSON.stringify(restored)).toMatchObject({ ok: true });
    const code = await exited;

    const outcome = JSON.parse(out) as ImportOutcome;
    const reported = outcome.files.filter((f) => f.status === 'imported').map((f) => f.file);
    expect(reported.length, err).toBeGreaterThan(0);
    const shaOf = (name: string) =>
      createHash('sha256')
        .update(readFileSync(path.join(inputs, name)))
        .digest('hex');

    const live = shasIn(ledgerFile);
    const kept = new Set<string>();
    for (const b of listBackups(ledgerFile)) for (const s of shasIn(b.file)) kept.add(s);
    const lost = reported.filter((f) => !live.has(shaOf(f)) && !kept.has(shaOf(f)));
    expect(lost, `lost: ${lost.join(', ')}`).toEqual([]);

    // Exit 0 only if every reported import is in the live ledger (nothing went elsewhere).
    if (code === 0) for (const f of reported) expect(live.has(shaOf(f)), f).toBe(true);
    // A batch cut short by the restore says so, in Chinese, and exits 1.
    if (outcome.failures.length > 0) {
      expect(code).toBe(1);
      expect(outcome.failures[0]!.message).toMatch(/恢复/);
    }
    expect(ledger.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(ledger.db.pragma('foreign_key_check')).toEqual([]);
    ledger.close();
  }, 180_000);
});
