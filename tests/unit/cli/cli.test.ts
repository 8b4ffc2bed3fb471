import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/main/cli/run-cli';
import { API_METHODS } from '../../../src/shared/api-methods';
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

describe('the api door, undo and redo', () => {
  it('api --list prints every contract method, without opening a ledger', async () => {
    const r = await cli('api', '--list', '--json');
    expect(r.code).toBe(0);
    const methods = JSON.parse(r.stdout) as string[];
    expect(methods).toContain('records/page');
    expect(methods).toContain('history/undo');
    // Every method of the contract, the history page's and notice editing included.
    expect(methods.sort()).toEqual([...API_METHODS].sort());
    for (const m of ['history/peek', 'history/list', 'history/undoTo', 'notices/update'])
      expect(methods).toContain(m);
    const human = await cli('api', '--list');
    expect(human.stdout.split('\n')).toContain('history/undoTo');
  });

  it('api runs a method through dispatch with the same validation and envelope', async () => {
    const db = newDb();
    const page = await cli(
      'api',
      'records/page',
      '{"kind":"zone","offset":0,"limit":5}',
      '--db',
      db,
      '--json',
    );
    expect(page.code).toBe(0);
    expect(JSON.parse(page.stdout)).toMatchObject({ rows: [], total: 0 });
    const bad = await cli('api', 'records/page', '{"kind":"village"}', '--db', db, '--json');
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('参数不正确');
    const unknown = await cli('api', 'records/fly', '--db', db);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('未知的接口方法');
    const notJson = await cli('api', 'records/page', '{kind:', '--db', db);
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toContain('JSON');
  });

  it('undo reverts the last change and redo applies it again, saying what they did', async () => {
    const db = newDb();
    const created = await cli(
      'api',
      'records/create',
      '{"kind":"zone","fields":{"regionText":"北京市石景山区","title":"社区协商"}}',
      '--db',
      db,
      '--json',
    );
    expect(created.code, created.stderr).toBe(0);
    const count = async () =>
      (JSON.parse((await cli('records', '--db', db, '--json')).stdout) as unknown[]).length;
    expect(await count()).toBe(1);
    const undo = await cli('undo', '--db', db);
    expect(undo.code).toBe(0);
    expect(undo.stdout).toMatch(/^已撤销：/);
    expect(await count()).toBe(0);
    const redo = await cli('redo', '--db', db);
    expect(redo.stdout).toMatch(/^已重做：/);
    expect(await count()).toBe(1);
    expect((await cli('redo', '--db', db)).stdout).toBe('没有可以重做的操作。');
  });

  it('history lists who did what and when, newest first, and marks what was undone', async () => {
    const db = newDb();
    expect((await cli('history', '--db', db)).stdout).toBe('还没有任何操作记录。');
    for (const title of ['社区协商', '居民议事'])
      expect(
        (
          await cli(
            'api',
            'records/create',
            JSON.stringify({ kind: 'zone', fields: { regionText: '北京市石景山区', title } }),
            '--db',
            db,
          )
        ).code,
      ).toBe(0);
    await cli('undo', '--db', db);
    const r = await cli('history', '--db', db);
    expect(r.code).toBe(0);
    const [header, newest, older, ...rest] = r.stdout.split('\n');
    expect(header).toBe('编号\t时间\t操作人\t类别\t内容');
    expect(rest).toEqual([]);
    expect(newest).toMatch(
      /^#2\t\d{4}-\d{2}-\d{2} \d{2}:\d{2}\t手工\t新建\t.*居民议事.*（已撤销）$/,
    );
    expect(older).toMatch(/^#1\t.*\t手工\t新建\t.*社区协商/);
    expect(older).not.toContain('已撤销');

    const json = await cli('history', '--limit', '1', '--db', db, '--json');
    expect(JSON.parse(json.stdout)).toMatchObject([
      { opId: 2, kind: 'create_record', kindLabel: '新建', actorLabel: '手工', undone: true },
    ]);
    for (const bad of [
      ['--limit', '0'],
      ['--limit', 'x'],
    ]) {
      const u = await cli('history', ...bad, '--db', db);
      expect(u.code, bad.join(' ')).toBe(2);
      expect(u.stderr).toContain('--limit');
    }
  });

  it('undo --to takes back every operation down to the one named, and says how many', async () => {
    const db = newDb();
    for (const title of ['甲', '乙', '丙'])
      await cli(
        'api',
        'records/create',
        JSON.stringify({ kind: 'case', fields: { regionText: '北京市东城区', title } }),
        '--db',
        db,
      );
    const count = async () =>
      (JSON.parse((await cli('records', '--db', db, '--json')).stdout) as unknown[]).length;
    expect(await count()).toBe(3);
    const r = await cli('undo', '--to', '2', '--db', db);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^已撤销到操作 #2（含）之前，共 2 步/);
    expect(await count()).toBe(1);
    const gone = await cli('undo', '--to', '3', '--db', db);
    expect(gone.code).toBe(1);
    expect(gone.stderr).toMatch(/不存在或已撤销/);
    expect((await cli('redo', '--to', '2', '--db', db)).code).toBe(2);
  });

  it('with --json, import failures and warnings also reach stderr in Chinese', async () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const file = path.join(t.dir, '名单.xlsx');
    writeFileSync(file, '序号\t单位\n1\t北京市石景山区\n');
    const r = await cli('import', file, '--db', newDb(), '--json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).failures).toHaveLength(1);
    expect(r.stderr).toMatch(/名单\.xlsx.*不是 Excel/);
  });

  // /proc/self/mem is a regular file by stat whose read fails (EIO): the stand-in for a
  // file another user owns, one a program holds open, or a network drive gone since.
  it.runIf(process.platform === 'linux')(
    'a file that cannot be read is a failure of its own; the rest of the batch goes in',
    async () => {
      const t = tempDir();
      cleanups.push(t.cleanup);
      const good = path.join(t.dir, '会议纪要.txt');
      writeFileSync(good, '关于召开社区工作座谈会的纪要\n\n会议讨论了下一步的工作安排。\n');
      const r = await cli('import', '/proc/self/mem', good, '--db', newDb(), '--json');
      expect(r.code).toBe(1);
      const out = JSON.parse(r.stdout) as {
        notices: { file: string }[];
        failures: { file: string; code: string }[];
      };
      expect(out.notices.map((n) => n.file)).toEqual(['会议纪要.txt']);
      expect(out.failures).toMatchObject([{ file: 'mem', code: 'file_unreadable' }]);
      expect(r.stderr).toContain(
        '/proc/self/mem：文件无法读取（EIO），请把文件复制到本机硬盘后再导入',
      );
    },
  );

  it('an import that finds no records says so', async () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const file = path.join(t.dir, '会议纪要.txt');
    writeFileSync(
      file,
      '关于召开社区工作座谈会的纪要\n\n会议讨论了下一步的工作安排，大家畅所欲言。\n',
    );
    const r = await cli('import', file, '--db', newDb(), '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { notices: { warnings: { code: string }[] }[] };
    expect(out.notices[0]!.warnings.map((w) => w.code)).toContain('no_records');
    expect(r.stderr).toContain('未在这份通知中找到名单条目');
  });
});
