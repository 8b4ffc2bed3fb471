import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiContext } from '../../src/main/api/context';
import { dispatch } from '../../src/main/api/dispatch';
import { runCli } from '../../src/main/cli/run-cli';
import { importFiles } from '../../src/main/app/import/import-notices';
import type { ExportPreview } from '../../src/shared/export-options';
import { tempDir, tempLedger } from '../support/temp-ledger';

const OBSERVATION = `全省涌现一批基层社会治理创新观察点
1.南京市栖霞区马群街道——“掌上社区”全覆盖,“积分制”全民参与
马群街道在2016年实现“掌上社区”全覆盖,综合运用实体化和信息化手段。
2.南通市海安市雅周镇兴雅社区——探索农民安置社区治理服务新路径
兴雅社区是海安市****的农民安置区,重点围绕健全完善农民集中安置区社区治理体系。
江苏省民政厅
2020年12月31日
`;

const ZONES = `关于确认第二批省级社区治理创新实验区的通知
1.唐山市路北区——打造老旧小区协商平台
2.石家庄市长安区——构建“红色物业”联动机制
3.保定市竞秀区——推行小区议事会制度
河北省民政厅
2021年6月30日
`;

let ctx: ApiContext;
const cleanups: (() => void)[] = [];
beforeAll(async () => {
  const t = await tempLedger();
  cleanups.push(t.cleanup);
  ctx = { ledger: t.ledger, door: 'cli' };
  await importFiles(t.ledger, [{ name: 'z.txt', bytes: new Uint8Array(Buffer.from(ZONES)) }]);
  dbFile = t.file;
});
let dbFile = '';
afterAll(() => cleanups.forEach((c) => c()));

describe('export through the API', () => {
  it('previews the count per programme and year', async () => {
    const r = await dispatch('export/preview', { kind: 'zone' }, ctx);
    expect(r).toMatchObject({ ok: true, value: { rows: 3 } });
  });

  it('writes a Word attachment in official (code) order to the given path', async () => {
    const d = tempDir();
    cleanups.push(d.cleanup);
    const out = path.join(d.dir, 'a.docx');
    const r = await dispatch('export/create', { format: 'docx', kind: 'zone', out }, ctx);
    expect(r).toEqual({ ok: true, value: { file: out, rows: 3 } });
    const xml = await (
      await JSZip.loadAsync(readFileSync(out))
    )
      .file('word/document.xml')!
      .async('string');
    const order = ['石家庄市长安区', '唐山市路北区', '保定市竞秀区'].map((n) => xml.indexOf(n));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order); // 130102 < 130203 < 130602
  });

  it('returns the workbook as data when no path is given, with the right totals', async () => {
    const r = await dispatch('export/create', { format: 'xlsx' }, ctx);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const value = r.value as { rows: number; dataBase64?: string };
    expect(value.rows).toBe(3);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(value.dataBase64!, 'base64') as unknown as ArrayBuffer);
    expect(wb.worksheets.length).toBeGreaterThanOrEqual(2);
  });

  it('refuses to write to a path from browser mode, and says when there is nothing to export', async () => {
    const browser = { ...ctx, door: 'browser' as const };
    expect(
      await dispatch(
        'export/create',
        { format: 'docx', kind: 'zone', out: '/tmp/x.docx' },
        browser,
      ),
    ).toMatchObject({
      ok: false,
      error: { code: 'bad_input' },
    });
    expect(
      await dispatch('export/create', { format: 'docx', kind: 'observation' }, ctx),
    ).toMatchObject({
      ok: false,
      error: { code: 'nothing_to_export' },
    });
  });

  it('previews the derived title, the columns and what would block the export', async () => {
    const r = await dispatch('export/preview', { kind: 'zone', format: 'docx' }, ctx);
    expect(r).toMatchObject({
      ok: true,
      value: {
        rows: 3,
        masked: [],
        columns: [
          { id: 'seq', header: '序号', on: true },
          { id: 'unit', header: '实验单位', on: true },
          { id: 'title', header: '实验主题', on: true },
          // None of these zones has a write-up: no empty 实验内容 column by default.
          { id: 'content', header: '实验内容', on: false },
        ],
      },
    });
    if (!r.ok) return;
    const { title } = r.value as ExportPreview;
    expect(title).toMatch(/名单$/);
    expect(title).not.toMatch(/名单名单$/);
  });

  it('takes the title, label and 填报单位 it is given', async () => {
    const d = tempDir();
    cleanups.push(d.cleanup);
    const out = path.join(d.dir, 'b.xlsx');
    const r = await dispatch(
      'export/create',
      {
        format: 'xlsx',
        out,
        title: '河北省实验区汇总表',
        unitName: '河北省民政厅',
        date: '2025-03-05',
      },
      ctx,
    );
    expect(r.ok).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('汇总表')!;
    expect(ws.getCell('A1').value).toBe('河北省实验区汇总表');
    // A narrow sheet: unit and date share one cell rather than wrap under half a width.
    const info = String(ws.getCell('A2').value);
    expect(info).toMatch(/^填报单位：河北省民政厅\s*填报日期：2025年3月5日$/);

    const docx = path.join(d.dir, 'a.docx');
    await dispatch(
      'export/create',
      { format: 'docx', kind: 'zone', out: docx, label: '附件2', title: '河北省第二批实验区名单' },
      ctx,
    );
    const xml = await (
      await JSZip.loadAsync(readFileSync(docx))
    )
      .file('word/document.xml')!
      .async('string');
    expect(xml).toContain('>附件2</w:t>');
    expect(xml).toContain('>河北省第二批实验区名单</w:t>');
    expect(xml).toContain('河北省石家庄市长安区');
  });

  it('refuses masked text with the records named, and prints it only when asked', async () => {
    await importFiles(ctx.ledger, [
      { name: 'o.txt', bytes: new Uint8Array(Buffer.from(OBSERVATION)) },
    ]);
    const withContent = {
      format: 'docx',
      kind: 'observation',
      columns: ['unit', 'title', 'content'],
    } as const;
    const refused = await dispatch('export/create', withContent, ctx);
    expect(refused).toMatchObject({ ok: false, error: { code: 'masked_text' } });
    if (!refused.ok) expect(refused.error.message).toMatch(/兴雅社区[\s\S]*照印遮挡文字/);
    // The default observation list prints no write-up: nothing to hide.
    expect((await dispatch('export/create', { format: 'docx', kind: 'observation' }, ctx)).ok).toBe(
      true,
    );
    const printed = await dispatch('export/create', { ...withContent, printMasked: true }, ctx);
    expect(printed.ok).toBe(true);
    const preview = await dispatch('export/preview', withContent, ctx);
    expect(preview.ok && (preview.value as ExportPreview).masked.map((m) => m.label)).toEqual([
      '江苏省南通市海安市雅周镇兴雅社区：探索农民安置社区治理服务新路径',
    ]);
  });

  it('the CLI takes the same options', async () => {
    const d = tempDir();
    cleanups.push(d.cleanup);
    const out = path.join(d.dir, 'cli.docx');
    const lines: string[] = [];
    const code = await runCli(
      [
        'export',
        'docx',
        '--kind',
        'zone',
        '--out',
        out,
        '--db',
        dbFile,
        '--title',
        '命令行名单',
        '--label',
        '附件3',
        '--json',
      ],
      { out: (s) => lines.push(s), err: () => undefined },
    );
    expect(code).toBe(0);
    expect(JSON.parse(lines.join(''))).toEqual({ file: out, rows: 3 });
    const xml = await (
      await JSZip.loadAsync(readFileSync(out))
    )
      .file('word/document.xml')!
      .async('string');
    expect(xml).toContain('>附件3</w:t>');
    expect(xml).toContain('>命令行名单</w:t>');
    const bad = await runCli(['export', 'docx', '--out', out, '--db', dbFile, '--layout', 'x'], {
      out: () => undefined,
      err: () => undefined,
    });
    expect(bad).toBe(2);
  });
});
