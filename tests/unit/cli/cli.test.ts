import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/main/cli/run-cli';
import { repoRoot } from '../../support/shared';
import { tempDir } from '../../support/temp-ledger';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));
const newDb = () => {
  const t = tempDir();
  cleanups.push(t.cleanup);
  return path.join(t.dir, 'ledger.sqlite');
};

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('the command line on an empty ledger', () => {
  it('records --json prints [] and exits 0', async () => {
    const r = await cli('records', '--db', newDb(), '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
  });

  it('notices --json prints [] and records --kind filters', async () => {
    const db = newDb();
    expect(JSON.parse((await cli('notices', '--db', db, '--json')).stdout)).toEqual([]);
    const r = await cli('records', '--kind', 'case', '--db', db, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
  });

  it('speaks Chinese to people without --json', async () => {
    const r = await cli('notices', '--db', newDb());
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('还没有通知');
  });

  it('exits 2 on bad usage, naming the problem on stderr and nothing on stdout', async () => {
    for (const argv of [
      ['frobnicate'],
      ['records', '--kind', 'village'],
      ['records', '--bogus'],
      ['merge', '1'],
      [],
    ]) {
      const r = await cli(...argv, '--db', newDb());
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.length).toBeGreaterThan(0);
    }
  });

  it('duplicates --json on an empty ledger prints no groups and no related pairs', async () => {
    const r = await cli('duplicates', '--db', newDb(), '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ groups: [], related: [] });
  });

  it('merge of records that do not exist exits 1 with a message', async () => {
    const r = await cli('merge', '1', '2', '--db', newDb(), '--json');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.length).toBeGreaterThan(0);
  });

  it('exits 1 when the ledger file is not a ledger', async () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const r = await cli('records', '--db', t.dir, '--json'); // a folder, not a file
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/台账/);
  });
});

describe('npm run --silent cli', () => {
  it('prints [] for records on a new ledger, exactly as documented', () => {
    const db = newDb();
    const r = spawnSync('npm', ['run', '--silent', 'cli', '--', 'records', '--db', db, '--json'], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe('[]');
  });
});

describe('regions resolve', () => {
  it('resolves each text in order, with context and as-of date', async () => {
    const r = await cli(
      'regions',
      'resolve',
      '鼓楼区',
      '南京市鼓楼区',
      '杭州市江干区',
      '--as-of',
      '2020-06-01',
      '--context',
      '江苏省',
      '--db',
      newDb(),
      '--json',
    );
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as {
      text: string;
      code: string | null;
      candidates: unknown[];
      current: { code: string } | null;
    }[];
    expect(out.map((x) => x.text)).toEqual(['鼓楼区', '南京市鼓楼区', '杭州市江干区']);
    // 江苏 has two 鼓楼区 (南京, 徐州): still ambiguous, candidates listed.
    expect(out[0]!.code).toBeNull();
    expect(out[0]!.candidates.length).toBeGreaterThanOrEqual(2);
    expect(out[1]!.code).toBe('320106');
    // Valid in 2020, abolished in 2021: the code as of then, with its current successor.
    expect(out[2]!.code).toBe('330104');
    expect(out[2]!.current?.code).toMatch(/^3301/);
  });

  it('rejects a malformed --as-of date as bad usage', async () => {
    const r = await cli(
      'regions',
      'resolve',
      '宜都市',
      '--as-of',
      '2020-13-45',
      '--db',
      newDb(),
      '--json',
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad_input/);
  });
});
