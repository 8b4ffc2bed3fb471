import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiContext } from '../../src/main/api/context';
import { dispatch } from '../../src/main/api/dispatch';
import { importFiles } from '../../src/main/app/import/import-notices';
import { tempDir, tempLedger } from '../support/temp-ledger';

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
});
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
});
