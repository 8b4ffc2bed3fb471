import { describe, expect, it } from 'vitest';
import { readNotice } from '../../../src/main/core/import/readers';
import { deltas } from '../../../src/main/core/import/readers/ofd-page';
import { withDeclaredSize } from '../../support/fixtures/bad-fixtures';
import { ofdFile, type OfdRun } from '../../support/fixtures/layout-fixtures';
import { expectConsistent, readError } from './consistency';

const TITLE = '关于公布首批社区协商示范点名单的通知';

/** A notice page: title, lead, a three-column table laid out in columns, the signature. */
function noticePage(): OfdRun[] {
  const row = (y: number, cells: string[]): OfdRun[] =>
    cells.map((text, i) => ({ text, x: [25, 45, 85][i] ?? 25, y }));
  return [
    { text: TITLE, x: 30, y: 40, size: 7 },
    { text: '各设区市民政局：', x: 25, y: 60 },
    { text: '经评审，确认以下社区为首批示范点。', x: 33.4, y: 68 },
    ...row(80, ['序号', '设区市', '示范点']),
    ...row(88, ['1', '临江市', '东湖区柳岸街道翠竹社区']),
    ...row(96, ['2', '宁川市', '北塘区望江街道滨河社区']),
    { text: '临江省民政厅', x: 140, y: 120 },
  ];
}

describe('ofd reader', () => {
  it('reads text objects into lines and column rows into a table, like a PDF page', async () => {
    const doc = await readNotice('通知.ofd', await ofdFile([noticePage()], { title: TITLE }));
    expect(doc.format).toBe('ofd');
    expectConsistent(doc);
    expect(doc.text.split('\n')).toEqual([
      TITLE,
      '各设区市民政局：',
      '经评审，确认以下社区为首批示范点。',
      '序号\t设区市\t示范点',
      '1\t临江市\t东湖区柳岸街道翠竹社区',
      '2\t宁川市\t北塘区望江街道滨河社区',
      '临江省民政厅',
    ]);
    expect(doc.blocks.filter((b) => b.type === 'table')).toHaveLength(1);
    expect(doc.hints).toMatchObject({ title: TITLE, date: '2023-03-08' });
  });

  it('is recognised by its entries, whatever the file is called', async () => {
    const doc = await readNotice('通知.zip', await ofdFile([noticePage()]));
    expect(doc.format).toBe('ofd');
  });

  it('puts a gap in DeltaX where the page shows one, and none between evenly spaced glyphs', async () => {
    const doc = await readNotice(
      'a.ofd',
      await ofdFile([
        [{ text: '翠竹社区滨河社区', x: 20, y: 30, size: 4, deltaX: '4 4 4 20 4 4 4' }],
      ]),
    );
    expect(doc.text).toBe('翠竹社区\t滨河社区');
    expect(deltas('g 3 5.2 1 g 2 0.5')).toEqual([5.2, 5.2, 5.2, 1, 0.5, 0.5]);
  });

  it('draws the template page under each page and drops its repeated footer as page furniture', async () => {
    const body = ['石桥村列入第二批示范村名单。', '滨河社区、翠竹社区列入第二批示范社区名单。'];
    const page = (n: number): OfdRun[] => [
      { text: body[n - 1] ?? '', x: 25, y: 50 },
      { text: `— ${n} —`, x: 100, y: 280 },
    ];
    const doc = await readNotice(
      'a.ofd',
      await ofdFile([page(1), page(2)], { template: [{ text: '临江省民政厅文件', x: 60, y: 20 }] }),
    );
    expect(doc.text).toBe(`${body[0]}\n\n${body[1]}`);
  });

  it('says in Chinese that text kept only as glyph indices cannot be read', async () => {
    const bytes = await ofdFile([[{ text: '翠竹社区', x: 20, y: 30, glyphsOnly: true }]]);
    const e = await readError(readNotice('字形.ofd', bytes));
    expect(e.code).toBe('ofd_glyphs_only');
    expect(e.message).toContain('字形编号');
  });

  it('refuses a package without its document root, and one declaring a 2 GB page', async () => {
    const bytes = await ofdFile([noticePage()]);
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(bytes);
    zip.remove('Doc_0/Document.xml');
    const noRoot = await zip.generateAsync({ type: 'nodebuffer' });
    expect((await readError(readNotice('坏.ofd', noRoot))).code).toBe('corrupt_ofd');
    const bomb = withDeclaredSize(bytes, 'Doc_0/Pages/Page_0/Content.xml', 0x7fffffff);
    expect((await readError(readNotice('炸弹.ofd', bomb))).code).toBe('zip_too_large');
  });

  it('refuses more pages than the page limit, naming OFD', async () => {
    const bytes = await ofdFile([noticePage(), noticePage(), noticePage()]);
    const e = await readError(readNotice('长.ofd', bytes, { limits: { maxPdfPages: 2 } }));
    expect(e.code).toBe('too_many_pages');
    expect(e.message).toContain('OFD 共 3 页');
  });

  it('stops on deeply nested page blocks with a Chinese message', async () => {
    const deep = '<ofd:PageBlock>'.repeat(30) + '</ofd:PageBlock>'.repeat(30);
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(await ofdFile([noticePage()]));
    zip.file(
      'Doc_0/Pages/Page_0/Content.xml',
      `<ofd:Page><ofd:Content>${deep}</ofd:Content></ofd:Page>`,
    );
    const bytes = await zip.generateAsync({ type: 'nodebuffer' });
    const e = await readError(readNotice('深.ofd', bytes, { limits: { maxDepth: 20 } }));
    expect(e.code).toBe('too_deep');
    expect(e.message).toContain('OFD');
  });
});
