/**
 * Ctrl+C in the middle of a CLI batch: the CLI says in Chinese what was kept, exits 130, and
 * the ledger holds whole notices only (each with all its records) and passes integrity_check.
 */
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { INTERRUPTED_MESSAGE, INTERRUPTED_STATUS } from '../../src/main/cli/interrupted';
import { repoRoot } from '../support/shared';
import { tempDir } from '../support/temp-ledger';

const { dir, cleanup } = tempDir('taizhang-interrupt-');
afterAll(cleanup);

const ZONES = ['北京市东城区', '天津市和平区', '河北省石家庄市长安区', '山西省太原市小店区'];
const FILES = 120;

/** A confirmation of four zones, the batch number making each file its own notice. */
const notice = (n: number) =>
  [
    `民政部关于确认第${n}批全国社区治理和服务创新实验区的通知`,
    `民函〔2021〕${n}号`,
    '各省、自治区、直辖市民政厅（局）：',
    `经研究，确认以下单位为第${n}批全国社区治理和服务创新实验区：`,
    ...ZONES.map((z, i) => `${i + 1}.${z}`),
    '民政部',
    '2021年3月1日',
  ].join('\n');

function noticesStored(db: string): number {
  if (!existsSync(db)) return 0;
  try {
    const conn = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (conn.prepare('SELECT count(*) AS n FROM notices').get() as { n: number }).n;
    } finally {
      conn.close();
    }
  } catch {
    return 0; // not yet created, or its schema not yet written
  }
}

it('Ctrl+C mid-batch says what was kept, exits 130 and leaves whole notices only', async () => {
  const files = Array.from({ length: FILES }, (_, i) => {
    const file = path.join(dir, `n${String(i + 1).padStart(3, '0')}.txt`);
    writeFileSync(file, notice(i + 1));
    return file;
  });
  const db = path.join(dir, 'ledger.sqlite');
  // One process (tsx as a loader): the tsx CLI would relay the signal to a grandchild.
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/main/cli/index.ts', 'import', ...files, '--db', db],
    { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

  // Interrupt once the first notice is stored, far from the batch's end.
  const poll = setInterval(() => {
    if (noticesStored(db) > 0) {
      clearInterval(poll);
      child.kill('SIGINT');
    }
  }, 100);
  const code = await exited;
  clearInterval(poll);

  expect(code).toBe(INTERRUPTED_STATUS);
  expect(stderr).toContain(INTERRUPTED_MESSAGE);
  const conn = new Database(db, { readonly: true });
  try {
    expect(conn.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(conn.pragma('foreign_key_check')).toEqual([]);
    const perNotice = conn
      .prepare(
        'SELECT n.id, count(m.id) AS mentions FROM notices n LEFT JOIN mentions m ON m.notice_id = n.id GROUP BY n.id',
      )
      .all() as { id: number; mentions: number }[];
    expect(perNotice.length).toBeGreaterThan(0);
    expect(perNotice.length).toBeLessThan(FILES);
    for (const n of perNotice) expect(n.mentions).toBe(ZONES.length);
  } finally {
    conn.close();
  }
}, 180_000);
