import { beforeAll, describe, expect, it } from 'vitest';
import { readNotice } from '../../../src/main/core/import/readers';
import {
  dropPageFurniture,
  isPageNumberLine,
  itemsToLines,
} from '../../../src/main/core/import/readers/pdf-lines';
import { multiPageDocx } from '../../support/fixtures/docx-fixtures';
import {
  docxToPdf,
  libreOffice,
  libreOfficeMissingReason,
  pdfWithoutText,
} from '../../support/fixtures/pdf-fixtures';
import { expectConsistent, readError } from './consistency';

describe('pdf line building', () => {
  it('joins items by baseline, CJK without spaces, wide gaps as TAB', () => {
    const lines = itemsToLines([
      { str: '社区', x: 100, y: 700, width: 24, size: 12 },
      { str: '治理', x: 124.5, y: 700.4, width: 24, size: 12 },
      { str: '序号', x: 100, y: 680, width: 24, size: 12 },
      { str: '单位', x: 200, y: 680, width: 24, size: 12 },
      { str: 'Page', x: 100, y: 660, width: 24, size: 12 },
      { str: 'one', x: 127, y: 660, width: 18, size: 12 },
    ]);
    expect(lines.map((l) => l.text)).toEqual(['社区治理', '序号\t单位', 'Page one']);
  });

  it('recognises page-number lines', () => {
    for (const t of [
      '— 3 —',
      '- 3 -',
      '－12－',
      '第3页',
      '第 3 页 共 9 页',
      '3/12',
      'Page 2 of 5',
    ]) {
      expect(isPageNumberLine(t, false)).toBe(true);
    }
    expect(isPageNumberLine('7', true)).toBe(true);
    expect(isPageNumberLine('7', false)).toBe(false);
    expect(isPageNumberLine('第三批实验区', true)).toBe(false);
  });

  it('drops running headers but keeps repeated table rows', () => {
    const page = (n: number) =>
      [
        '省民政厅文件',
        '序号\t单位',
        `第${n}项：请各地对照评估细则逐项自查，并将自查情况汇总上报。`,
        '中间正文',
        `结尾${n}`,
        `— ${n} —`,
      ].map((text, i) => ({ text, y: 800 - i * 20 }));
    const body = (n: number) => [
      '序号\t单位',
      `第${n}项：请各地对照评估细则逐项自查，并将自查情况汇总上报。`,
      '中间正文',
    ];
    // "结尾n" sits at the bottom of every page and is short: a running footer, dropped.
    expect(dropPageFurniture([page(1), page(2), page(3)])).toEqual([body(1), body(2), body(3)]);
  });
});

describe.skipIf(!libreOffice)(
  `pdf made by LibreOffice (${libreOffice ? 'available' : libreOfficeMissingReason})`,
  () => {
    let pdf: Buffer;
    beforeAll(async () => {
      pdf = docxToPdf(await multiPageDocx());
    }, 300_000);

    it('reads the text layer with CJK, drops headers and page numbers, separates pages', async () => {
      const doc = await readNotice('评估通知.pdf', pdf);
      expect(doc.format).toBe('pdf');
      expectConsistent(doc);
      const lines = doc.text.split('\n');
      expect(lines[0]).toBe('关于开展社区服务质量评估的通知');
      expect(lines).toContain('第1项：请各地对照评估细则逐项自查，并将自查情况汇总上报。');
      expect(lines).toContain('第90项：请各地对照评估细则逐项自查，并将自查情况汇总上报。');
      expect(lines).toContain('联系人：王某，电话：0000-12345678');
      expect(doc.text).not.toContain('省民政厅文件');
      expect(doc.text).not.toMatch(/— \d+ —/);
      expect(doc.text).toContain('\n\n'); // page boundary
      expect(doc.text).toMatch(/评估项目\t分值\n服务设施\t30/);
    });
  },
);

describe('pdf failures', () => {
  it('a PDF without a text layer is a pdf_no_text ReadError', async () => {
    const e = await readError(readNotice('扫描件.pdf', pdfWithoutText()));
    expect(e.code).toBe('pdf_no_text');
    expect(e.message).toBe('该 PDF 没有文字层（可能是扫描件），请先做文字识别');
  });

  it('a damaged PDF is a corrupt_pdf ReadError', async () => {
    const e = await readError(readNotice('坏.pdf', Buffer.from('%PDF-1.7\n1 0 obj <<< garbage')));
    expect(e.code).toBe('corrupt_pdf');
    expect(e.message).toContain('已损坏');
  });
});
