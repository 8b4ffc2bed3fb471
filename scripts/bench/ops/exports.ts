/**
 * Official exports at scale: a 10,000-row GB/T 9704 Word attachment, and a 100,000-row
 * leadership workbook written as a stream. Baselines: the same rows through the same
 * libraries without the official layout (plain paragraphs; a plain streamed sheet), so
 * the ratio is what the formatting costs.
 */
import ExcelJS from 'exceljs';
import { Document, Packer, Paragraph } from 'docx';
import path from 'node:path';
import { buildApprovalAttachment, writeLeadershipWorkbook } from '../../../src/main/core/export';
import type { LedgerRecord } from '../../../src/shared/domain';
import { ledgerRecords } from '../fixtures';
import { registerBench } from '../registry';

registerBench<{ recs: LedgerRecord[] }>({
  name: 'export-docx',
  label: 'Word approval attachment (GB/T 9704 table, official order)',
  baselineName: 'plain docx, one paragraph per row',
  target: { maxMs: 10_000 },
  quickScale: 1_000,
  fullScale: 10_000,
  runs: { quick: 3, full: 3 },
  async setup(ctx) {
    return { recs: await ledgerRecords(ctx, ctx.scale) };
  },
  async run(s) {
    await buildApprovalAttachment(s.recs, {
      title: '全国社区治理和服务创新实验区名单',
      attachmentNo: 1,
    });
  },
  async baseline(s) {
    const doc = new Document({
      sections: [
        {
          children: s.recs.map(
            (r) => new Paragraph(`${r.seq} ${r.regionText} ${r.title} ${r.content}`),
          ),
        },
      ],
    });
    await Packer.toBuffer(doc);
  },
});

registerBench<{ recs: LedgerRecord[] }>({
  name: 'export-docx-streamed',
  label: 'Word approval attachment, rows streamed into the file (peak RSS)',
  baselineName: 'the same attachment built whole by docx',
  target: { maxMs: 10_000 },
  quickScale: 1_000,
  fullScale: 10_000,
  runs: { quick: 3, full: 3 },
  async setup(ctx) {
    return { recs: await ledgerRecords(ctx, ctx.scale) };
  },
  async run(s) {
    await buildApprovalAttachment(s.recs, { title: '全国社区治理和服务创新实验区名单' });
  },
  async baseline(s) {
    await buildApprovalAttachment(s.recs, {
      title: '全国社区治理和服务创新实验区名单',
      streamRows: false,
    });
  },
});

registerBench<{ recs: LedgerRecord[]; dir: string; n: number }>({
  name: 'export-xlsx',
  label: 'Leadership workbook, streamed (summary, detail sheets)',
  baselineName: 'plain streamed sheet of the same rows',
  target: { maxMs: 10_000 },
  quickScale: 10_000,
  fullScale: 100_000,
  runs: { quick: 3, full: 3 },
  async setup(ctx) {
    return { recs: await ledgerRecords(ctx, ctx.scale), dir: ctx.dir, n: 0 };
  },
  async run(s) {
    await writeLeadershipWorkbook(path.join(s.dir, `w-${s.n++}.xlsx`), { records: s.recs });
  },
  async baseline(s) {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
      filename: path.join(s.dir, `p-${s.n++}.xlsx`),
    });
    const ws = wb.addWorksheet('rows');
    for (const r of s.recs)
      ws.addRow([r.seq, r.regionText, r.regionCode, r.title, r.content]).commit();
    await wb.commit();
  },
});
