import { beforeAll, describe, expect, it } from 'vitest';
import { readNotice } from '../../../src/main/core/import/readers';
import {
  dropPageFurniture,
  isPageNumberLine,
  itemsToLines,
  runOnLines,
  textBlockRight,
} from '../../../src/main/core/import/readers/pdf-lines';
import { readingText } from '../../../src/main/core/import/extract/reading-text';
import { multiPageDocx } from '../../support/fixtures/docx-fixtures';
import {
  docxToPdf,
  libreOffice,
  libreOfficeMissingReason,
  pdfWithoutText,
} from '../../support/fixtures/pdf-fixtures';
import { manyPagePdf, pageTreeLoopPdf } from '../../support/fixtures/hostile-files';
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
      // A traditional-character copy's page count.
      '第3頁 共5頁',
      '共5頁 第3頁',
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
    expect(dropPageFurniture([page(1), page(2), page(3)]).map((p) => p.map((l) => l.text))).toEqual(
      [body(1), body(2), body(3)],
    );
  });
});

describe('pdf lines run on by layout', () => {
  // A page 45 glyphs wide (10pt glyphs from x=72 to x=522), lines 14.4pt apart.
  const line = (text: string, i: number, left = 72, right = 522) => ({
    text,
    y: 750 - i * 14.4,
    left,
    right,
    size: 10,
  });

  it('carries a line reaching the right edge into an unindented line below, whatever its characters count', () => {
    const lines = [
      line('21个被认定的示范村分别为：怀宁县黄墩镇蒋岭村，潜山市天柱山镇茶庄村，岳西县菖', 0),
      line('蒲镇水畈村、冶溪镇金盆村。', 1, 72, 202),
      line(
        '宿松县趾凤乡趾凤村、柳坪乡邱山村、凉泉乡湖滨村、高士镇武昌村、漳湖镇回民村',
        2,
        72,
        512,
      ),
      line('鄞州区（5个）：', 3, 72, 152),
      line('今年，我市着力抓好村庄规划和美丽乡村示范建设，科学编制村庄规划，着力打造一', 4),
      line('批特色村。', 5, 92, 142),
    ];
    // The third line stops one glyph short (the next name did not fit) and still runs on; the
    // last one is followed by an indented line, a paragraph of its own.
    expect(runOnLines(lines)).toEqual([true, false, true, false, false, false]);
  });

  it('measures a page of short list lines against the whole text block, not its own widest line', () => {
    // The rest of a list after a page break: every line a station, none reaching the block's
    // edge, the page's widest only one glyph longer than the rest.
    const page = [
      line('乙县甲镇党群服务中心', 0, 72, 192),
      line('乙县丙镇党群服务中心', 1, 72, 192),
      line('丁区戊街道党群服务中心', 2, 72, 202),
      line('丁区己镇党群服务中心', 3, 72, 192),
    ];
    const first = [
      line('经各地初评和实地抽查，拟确定全市上等级综合文化站共计五十个，现将结果予以公示如', 0),
      line('下。', 1, 72, 92),
      ...page.map((l, i) => ({ ...l, y: 750 - (i + 2) * 14.4 })),
    ];
    const documentRight = textBlockRight([...first, ...page]);
    expect(runOnLines(page, documentRight)).toEqual([false, false, false, false]);
    // Measured alone, the page's own widest lines would read as its edge and run on.
    expect(runOnLines(page)).toEqual([true, true, true, false]);
  });

  it('joins the reading text at the ends the layout gives, not at the ends of long lines', () => {
    const raw =
      '怀宁县黄墩镇蒋岭村，岳西县菖\n蒲镇水畈村\n郭巨街道谢家岙村、白峰街道小门村\n鄞州区（5个）：';
    const first = raw.indexOf('\n');
    expect(readingText(raw, 'pdf', new Set([first])).text).toBe(
      '怀宁县黄墩镇蒋岭村，岳西县菖蒲镇水畈村\n郭巨街道谢家岙村、白峰街道小门村\n鄞州区（5个）：',
    );
    expect(readingText(raw, 'pdf', new Set()).text).toBe(raw);
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

  it('a PDF that opens but whose page tree holds itself is damaged, said in Chinese', async () => {
    const e = await readError(readNotice('循环.pdf', pageTreeLoopPdf()));
    expect(e.code).toBe('corrupt_pdf');
    expect(e.message).toBe(
      'PDF 文件已损坏（第 1 页无法读取），请用 PDF 阅读器打开后另存，或重新下载后再导入',
    );
    // The same file with a sound page tree reads.
    expect((await readNotice('一页.pdf', manyPagePdf(1))).text).toContain('Changan District');
  });
});
