/**
 * Every export, rendered as a reader gets it (LibreOffice → PDF, read per page with
 * pdftotext) and checked the way a leader or secretary would look: page 1 of a compilation
 * holds a case; no page is more than half empty except a document's (or a sheet's) last;
 * no "****"; every unit starts with its province. Workbooks are also reopened with exceljs:
 * every row has a height, every total recalculates to its stored value. The seed notices go
 * in through importFiles and out through the API; composed ledgers go to the builders.
 * PNGs of the pages people look at are left in artifacts/exports.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiContext } from '../../src/main/api/context';
import { dispatch } from '../../src/main/api/dispatch';
import {
  buildCaseCompilation,
  buildLeadershipWorkbook,
  buildListDocument,
} from '../../src/main/core/export';
import { PROVINCES } from '../../src/main/core/export/provinces';
import { importFiles } from '../../src/main/app/import/import-notices';
import type { LedgerRecord } from '../../src/shared/domain';
import {
  composedCases,
  composedObservations,
  composedZones,
} from '../fixtures/export/composed-ledgers';
import { mixedLedger, sampleMilestones } from '../fixtures/export/sample-records';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  pageFill,
  pagePng,
  pdfPageText,
  pdfRawText,
  renderAll,
  renderUnavailableReason,
  sheetRenderUnavailableReason,
  type Rendered,
} from '../support/render/render-docx';
import { hasShared, seedFiles, seedsDir, sharedMissingReason } from '../support/shared';
import { tempLedger } from '../support/temp-ledger';
import { formulaCells } from '../support/xlsx-formulas';
import { tableRows, zipPart } from '../unit/export/docx-parts';

const unavailable = renderUnavailableReason();
const sheets = sheetRenderUnavailableReason() === null;
const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((c) => c()));

interface Doc {
  name: string;
  bytes: Buffer;
  /** A compilation: page 1 must hold a case. */
  compilation?: boolean;
}

const docs: Doc[] = [];
const rendered = new Map<string, Rendered>();

async function exported(ctx: ApiContext, input: Record<string, unknown>): Promise<Buffer> {
  const r = await dispatch('export/create', input, ctx);
  if (!r.ok) throw new Error(`${JSON.stringify(input)}: ${r.error.message}`);
  return Buffer.from((r.value as { dataBase64: string }).dataBase64, 'base64');
}

/** The seeds, imported as staff would, exported through the API. */
async function seedDocs(): Promise<void> {
  const t = await tempLedger();
  cleanups.push(t.cleanup);
  const ctx: ApiContext = { ledger: t.ledger, door: 'cli' };
  await importFiles(
    t.ledger,
    seedFiles().map((f) => ({
      name: f,
      bytes: new Uint8Array(readFileSync(path.join(seedsDir, f))),
    })),
  );
  const date = { date: '2025-03-05', asOf: '2025-03-05' };
  docs.push(
    { name: 'seed-zones.docx', bytes: await exported(ctx, { format: 'docx', kind: 'zone' }) },
    {
      name: 'seed-cases.docx',
      bytes: await exported(ctx, { format: 'docx', kind: 'case' }),
      compilation: true,
    },
    {
      name: 'seed-cases-omitted.docx',
      bytes: await exported(ctx, { format: 'docx', kind: 'case', missingWriteups: 'omit' }),
      compilation: true,
    },
    {
      name: 'seed-case-list.docx',
      bytes: await exported(ctx, { format: 'docx', kind: 'case', layout: 'list' }),
    },
    {
      name: 'seed-observations.docx',
      bytes: await exported(ctx, { format: 'docx', kind: 'observation' }),
    },
    { name: 'seed-other.docx', bytes: await exported(ctx, { format: 'docx', kind: 'other' }) },
  );
  // The workbook prints write-ups, two of them masked: refused until staff fill the gaps.
  const refused = await dispatch('export/create', { format: 'xlsx', ...date }, ctx);
  expect(refused).toMatchObject({ ok: false, error: { code: 'masked_text' } });
  const masked = (await dispatch('records/list', { kind: 'observation' }, ctx)) as {
    ok: true;
    value: LedgerRecord[];
  };
  const edits = masked.value
    .filter((r) => r.content?.includes('****'))
    .map((r) => ({
      id: r.id,
      field: 'content' as const,
      value: r.content!.replace(/\*+/g, '某某'),
    }));
  expect((await dispatch('records/edit', { edits }, ctx)).ok).toBe(true);
  docs.push({
    name: 'seed-workbook.xlsx',
    bytes: await exported(ctx, {
      format: 'xlsx',
      unitName: '某省民政厅基层政权建设和社区治理处',
      ...date,
    }),
  });
}

/** Ledgers composed to stress the layouts: long names, runs of cases without write-ups. */
async function composedDocs(): Promise<void> {
  docs.push(
    {
      name: 'composed-zones.docx',
      bytes: await buildListDocument(composedZones(), {
        kind: 'zone',
        title: '全国社区治理和服务创新实验区名单',
        label: '附件1',
      }),
    },
    {
      name: 'composed-compilation.docx',
      bytes: await buildCaseCompilation(composedCases(), { title: '基层治理创新典型案例汇编' }),
      compilation: true,
    },
    {
      name: 'composed-compilation-contents.docx',
      bytes: await buildCaseCompilation(composedCases(), {
        title: '基层治理创新典型案例汇编',
        contents: true,
      }),
    },
    {
      name: 'composed-observations.docx',
      bytes: await buildListDocument(composedObservations(), {
        kind: 'observation',
        title: '省级基层社会治理创新观察点名单',
        columns: ['unit', 'title', 'content'],
      }),
    },
    {
      name: 'composed-by-programme.docx',
      bytes: await buildListDocument(
        [
          ...composedZones().slice(0, 12),
          ...composedObservations().map((r) => ({ ...r, kind: 'zone' as const })),
        ],
        {
          kind: 'zone',
          title: '实验区名单',
          grouping: 'byProgramme',
        },
      ),
    },
  );
  const records = [...mixedLedger(120), ...composedCases()];
  docs.push({
    name: 'composed-workbook.xlsx',
    bytes: await buildLeadershipWorkbook(
      {
        records,
        milestones: sampleMilestones(records),
        unitName: '某省民政厅',
        asOf: '2025-03-05',
      },
      { title: '实验区、典型案例和观察点汇总表' },
    ),
  });
}

describe.skipIf(unavailable !== null)(
  `exports as a reader sees them${unavailable ? ` (${unavailable})` : ''}`,
  () => {
    beforeAll(async () => {
      if (hasShared) await seedDocs();
      await composedDocs();
      const files = docs.filter((d) => sheets || !d.name.endsWith('.xlsx'));
      renderAll(files).forEach((r, i) => rendered.set(files[i]?.name ?? '', r));
      // The pages people look at.
      const png = (name: string, page: number, as: string) => {
        const r = rendered.get(name);
        if (r && r.pages >= page) pagePng(r.pdf, page, as);
      };
      png('seed-zones.docx', 1, 'look-zone-attachment');
      png('seed-cases.docx', 1, 'look-case-compilation');
      png('seed-observations.docx', 1, 'look-observation-list');
      png('composed-compilation.docx', 2, 'look-composed-compilation-p2');
      const book = rendered.get('seed-workbook.xlsx');
      if (book) {
        png('seed-workbook.xlsx', 1, 'look-workbook-summary');
        const detail = firstPageWith(book, '实验区名单');
        if (detail) pagePng(book.pdf, detail, 'look-workbook-detail');
      }
    }, 600_000);

    it.skipIf(!hasShared)(`renders every seed export (${sharedMissingReason})`, () => {
      for (const name of ['seed-zones.docx', 'seed-cases.docx', 'seed-observations.docx'])
        expect(rendered.get(name)?.pages ?? 0).toBeGreaterThan(0);
    });

    it('prints no masked text anywhere', () => {
      for (const [name, r] of rendered) expect(pdfRawText(r.pdf), name).not.toContain('****');
    });

    it('Chinese text carries full-width punctuation, whatever the notice had', () => {
      const halfWidth = /[\u4e00-\u9fff][,;:?!(]|[,;:?!)][\u4e00-\u9fff]/;
      for (const [name, r] of rendered) {
        const text = pdfRawText(r.pdf).replace(/\s+/g, '');
        expect(halfWidth.exec(text)?.[0], name).toBeUndefined();
      }
    });

    it('page 1 of a compilation holds a case, not the title alone', () => {
      for (const d of docs.filter((x) => x.compilation)) {
        const r = rendered.get(d.name);
        if (r) expect(pdfPageText(r.pdf, 1), d.name).toMatch(/一、\S/);
      }
    });

    it('no page is more than half empty, except the last of a document or sheet', () => {
      for (const [name, r] of rendered) {
        const sections = name.endsWith('.xlsx') ? sheetSections(r) : [[1, r.pages] as const];
        for (const [first, last] of sections)
          for (let p = first; p < last; p++)
            expect(pageFill(r.pdf, p), `${name} page ${p} of ${first}…${last}`).toBeGreaterThan(
              0.5,
            );
      }
    });

    it('every unit starts with its province, and prints whole', async () => {
      for (const d of docs.filter((x) => x.name.endsWith('.docx') && !x.compilation)) {
        const r = rendered.get(d.name);
        if (!r || d.name.includes('contents')) continue;
        const xml = await zipPart(d.bytes, 'word/document.xml');
        const rows = tableRows(xml);
        const header = rows[0]?.split('|') ?? [];
        const col = header.findIndex((h) => ['实验单位', '观察点', '地区'].includes(h));
        if (col < 0) continue; // an other-list: organisations, not places
        const raw = pdfRawText(r.pdf).replace(/\s+/g, '');
        for (const row of rows.filter((x) => !x.startsWith(header[0] ?? '序号'))) {
          const unit = row.split('|')[col] ?? '';
          expect(
            PROVINCES.some((p) => unit.startsWith(p.name)),
            `${d.name}: ${unit}`,
          ).toBe(true);
          expect(raw, `${d.name}: ${unit}`).toContain(unit);
        }
      }
    });

    it.skipIf(!sheets)(
      'workbooks: every row has a height and every total recalculates right',
      async () => {
        for (const d of docs.filter((x) => x.name.endsWith('.xlsx'))) {
          const wb = new ExcelJS.Workbook();
          await wb.xlsx.load(d.bytes as unknown as ArrayBuffer);
          for (const ws of wb.worksheets) {
            ws.eachRow((row, i) =>
              expect(row.height, `${d.name} ${ws.name} row ${i}`).toBeGreaterThan(0),
            );
            for (const f of formulaCells(ws))
              expect(f.recalculated, `${d.name} ${ws.name}!${f.address}`).toBe(f.stored);
          }
          // LibreOffice's own recalculation printed the same grand total.
          const r = rendered.get(d.name);
          const summary = wb.getWorksheet('汇总表');
          if (r && summary) {
            const total = summary.getCell(summary.rowCount, summary.columnCount).value as {
              result: number;
            };
            expect(pdfPageText(r.pdf, 1)).toMatch(new RegExp(`合计[\\s\\S]*\\b${total.result}\\b`));
          }
        }
      },
    );
  },
);

/** The first page whose top line holds `title` (a sheet's repeated title row). */
function firstPageWith(r: Rendered, title: string): number | undefined {
  for (let p = 1; p <= r.pages; p++)
    if (
      pdfPageText(r.pdf, p)
        .split('\n')
        .find((l) => l.trim())
        ?.includes(title)
    )
      return p;
  return undefined;
}

/** Page ranges of a workbook's sheets: each printed page starts with its sheet's title. */
function sheetSections(r: Rendered): (readonly [number, number])[] {
  const titles = Array.from({ length: r.pages }, (_, i) =>
    (
      pdfPageText(r.pdf, i + 1)
        .split('\n')
        .find((l) => l.trim()) ?? ''
    ).trim(),
  );
  const out: [number, number][] = [];
  titles.forEach((t, i) => {
    const last = out[out.length - 1];
    if (last && titles[last[0] - 1] === t) last[1] = i + 1;
    else out.push([i + 1, i + 1]);
  });
  return out;
}
