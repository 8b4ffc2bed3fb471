import { describe, expect, it } from 'vitest';
import { readNotice } from '../../../src/main/core/import/readers';
import { withDeclaredSize } from '../../support/fixtures/bad-fixtures';
import { odfFile } from '../../support/fixtures/layout-fixtures';
import { expectConsistent, readError } from './consistency';

const p = (t: string): string => `<text:p>${t}</text:p>`;
const cell = (t: string, attrs = ''): string =>
  `<table:table-cell${attrs}>${p(t)}</table:table-cell>`;
const covered = '<table:covered-table-cell/>';
const row = (...cells: string[]): string => `<table:table-row>${cells.join('')}</table:table-row>`;

describe('OpenDocument text (.odt)', () => {
  it('reads paragraphs and a table with column and row spans as a full grid', async () => {
    const body =
      '<text:h text:outline-level="1">关于公布首批示范点名单的通知</text:h>' +
      p('各设区市民政局：<text:line-break/>经评审<text:s text:c="2"/>确认如下。') +
      '<text:p>正文<text:note><text:note-body><text:p>脚注不读</text:p></text:note-body></text:note>完</text:p>' +
      '<table:table table:name="表格1"><table:table-header-rows>' +
      row(cell('序号'), cell('地区', ' table:number-columns-spanned="2"'), covered) +
      '</table:table-header-rows>' +
      row(cell('1'), cell('临江市', ' table:number-rows-spanned="2"'), cell('翠竹社区')) +
      row(cell('2'), covered, cell('石桥村')) +
      '</table:table>' +
      p('临江省民政厅');
    const doc = await readNotice('通知.odt', await odfFile('text', body));
    expect(doc.format).toBe('odt');
    expectConsistent(doc);
    expect(doc.text.split('\n').slice(0, 4)).toEqual([
      '关于公布首批示范点名单的通知',
      '各设区市民政局：',
      '经评审  确认如下。',
      '正文完',
    ]);
    const table = doc.blocks.find((b) => b.type === 'table');
    expect(table?.type === 'table' && table.rows).toEqual([
      ['序号', '地区', '地区'],
      ['1', '临江市', '翠竹社区'],
      ['2', '临江市', '石桥村'],
    ]);
    expect(doc.hints).toMatchObject({ title: '示范点名单', date: '2023-04-02' });
  });

  it('is recognised by its mimetype whatever the name', async () => {
    expect((await readNotice('通知.docx', await odfFile('text', p('石桥村')))).format).toBe('odt');
  });
});

describe('OpenDocument spreadsheet (.ods)', () => {
  it('reads a sheet like an .xlsx one: name line, merged title row as a line, dates as dates, filler skipped', async () => {
    const body =
      '<table:table table:name="附件1 示范点名单">' +
      row(cell('首批社区协商示范点名单', ' table:number-columns-spanned="3"'), covered, covered) +
      row(cell('序号'), cell('示范点'), cell('确认日期')) +
      row(
        cell('1'),
        cell('翠竹社区'),
        '<table:table-cell office:value-type="date" office:date-value="2023-03-08"><text:p>03/08/23</text:p></table:table-cell>',
      ) +
      // The blank filler a spreadsheet writes to its last row and column: nothing to expand.
      '<table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>' +
      row(
        cell('2'),
        cell('石桥村'),
        cell('2023-03-09'),
        '<table:table-cell table:number-columns-repeated="16380"/>',
      ) +
      '</table:table>' +
      '<table:table table:name="Sheet2"><table:table-row><table:table-cell/></table:table-row></table:table>';
    const doc = await readNotice('名单.ods', await odfFile('spreadsheet', body));
    expect(doc.format).toBe('ods');
    expectConsistent(doc);
    expect(doc.text).toBe(
      '附件1 示范点名单\n首批社区协商示范点名单\n序号\t示范点\t确认日期\n1\t翠竹社区\t2023-03-08\n2\t石桥村\t2023-03-09',
    );
  });

  it('refuses a cell repeated past the column limit with a Chinese message', async () => {
    const body = `<table:table table:name="表1">${row(cell('满', ' table:number-columns-repeated="5000"'))}</table:table>`;
    const e = await readError(readNotice('宽.ods', await odfFile('spreadsheet', body)));
    expect(e.code).toBe('too_many_columns');
  });

  it('refuses a zip bomb and a package without content.xml', async () => {
    const bytes = await odfFile(
      'spreadsheet',
      `<table:table table:name="表1">${row(cell('1'))}</table:table>`,
    );
    const bomb = withDeclaredSize(bytes, 'content.xml', 0x7fffffff);
    expect((await readError(readNotice('炸弹.ods', bomb))).code).toBe('zip_too_large');
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(bytes);
    zip.remove('content.xml');
    zip.file('content2.xml', '<x/>');
    const e = await readError(
      readNotice('坏.ods', await zip.generateAsync({ type: 'nodebuffer' })),
    );
    expect(e.message).toMatch(/[\u4e00-\u9fff]/);
  });
});
