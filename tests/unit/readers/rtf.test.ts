import { describe, expect, it } from 'vitest';
import { readNotice } from '../../../src/main/core/import/readers';
import { rtfHex, rtfUnicode } from '../../support/fixtures/layout-fixtures';
import { expectConsistent, readError } from './consistency';

const rtf = (body: string, head = '\\ansi\\ansicpg936'): Buffer =>
  Buffer.from(
    `{\\rtf1${head}\\deff0{\\fonttbl{\\f0\\fnil\\fcharset134 ${rtfHex('宋体')};}{\\f1\\froman\\fcharset0 Times New Roman;}}` +
      `{\\colortbl;\\red0\\green0\\blue0;}{\\stylesheet{\\s0 Normal;}}{\\info{\\title ${rtfHex('名单')}}}\n${body}}`,
    'latin1',
  );

/** One table row: cell edges (twips, with merge words before them) and the cells' text. */
const row = (defs: string[], cells: string[]): string =>
  `\\trowd\\trgaph108${defs.join('')}\\pard\\intbl ${cells.map((c) => `${c}\\cell `).join('')}\\row\n`;

describe('rtf reader', () => {
  it("reads GBK \\'hh text, \\uN escapes and a table with merged cells as a full grid", async () => {
    const body =
      `{\\header \\pard ${rtfHex('页眉不读')}\\par}` +
      `\\pard\\qc\\f0 ${rtfHex('关于公布首批社区协商示范点名单的通知')}\\par\n` +
      `\\pard ${rtfUnicode('各设区市民政局：')}\\par\n` +
      `\\pard ${rtfHex('经评审，确认以下社区为示范点。')}{\\field{\\*\\fldinst HYPERLINK "x"}{\\fldrslt ${rtfHex('（附件）')}}}\\par\n` +
      row(
        ['\\cellx1000', '\\cellx3000', '\\cellx7000'],
        [rtfHex('序号'), rtfHex('设区市'), rtfHex('示范点')],
      ) +
      row(
        ['\\cellx1000', '\\clvmgf\\cellx3000', '\\cellx7000'],
        ['1', rtfHex('临江市'), rtfHex('翠竹社区')],
      ) +
      row(['\\cellx1000', '\\clvmrg\\cellx3000', '\\cellx7000'], ['2', '', rtfHex('石桥村')]) +
      row(['\\cellx3000', '\\cellx7000'], [rtfHex('合计'), rtfHex('2个')]) +
      `\\pard ${rtfHex('临江省民政厅')}\\par\n`;
    const doc = await readNotice('通知.rtf', rtf(body));
    expect(doc.format).toBe('rtf');
    expectConsistent(doc);
    const table = doc.blocks.find((b) => b.type === 'table');
    expect(table?.type === 'table' && table.rows).toEqual([
      ['序号', '设区市', '示范点'],
      ['1', '临江市', '翠竹社区'],
      ['2', '临江市', '石桥村'],
      ['合计', '合计', '2个'],
    ]);
    const lines = doc.text.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      '关于公布首批社区协商示范点名单的通知',
      '各设区市民政局：',
      '经评审，确认以下社区为示范点。（附件）',
    ]);
    expect(lines[lines.length - 1]).toBe('临江省民政厅');
    expect(doc.text).not.toContain('页眉');
    expect(doc.text).not.toContain('HYPERLINK');
  });

  it('decodes by the font’s charset, and skips the \\uc fallback after \\uN', async () => {
    const body = `\\pard\\uc2 \\u32736\\'b4\\'e4\\u31481\\'d6\\'f1 {\\f0 ${rtfHex('社区')}}\\par`;
    const doc = await readNotice('a.rtf', rtf(body, '\\ansi\\ansicpg1252'));
    expect(doc.text).toBe('翠竹 社区');
  });

  it('reads GBK runs mislabelled as a Western code page', async () => {
    const doc = await readNotice(
      'a.rtf',
      rtf(`\\pard\\f1 ${rtfHex('滨河社区')}\\par`, '\\ansi\\ansicpg1252'),
    );
    expect(doc.text).toBe('滨河社区');
  });

  it('skips raw \\bin picture bytes, braces among them', async () => {
    const body = `{\\pict\\pngblip\\bin6 }{}{\\}}\\pard ${rtfHex('石桥村')}\\par`;
    expect((await readNotice('a.rtf', rtf(body))).text).toBe('石桥村');
  });

  it('is recognised by its bytes when saved as .doc', async () => {
    const doc = await readNotice('通知.doc', rtf(`\\pard ${rtfHex('石桥村')}\\par`));
    expect(doc.format).toBe('rtf');
  });

  it('refuses bytes that are no text in the declared code page', async () => {
    const junk = "\\'ff".repeat(60);
    const e = await readError(readNotice('乱.rtf', rtf(`\\pard ${junk} a\\par`)));
    expect(e.code).toBe('unknown_encoding');
    expect(e.message).toContain('编码');
  });

  it('stops on groups nested past the depth limit without overflowing the stack', async () => {
    const deep = Buffer.from(
      `{\\rtf1\\ansi ${'{'.repeat(50_000)}x${'}'.repeat(50_000)}}`,
      'latin1',
    );
    const e = await readError(readNotice('深.rtf', deep));
    expect(e.code).toBe('too_deep');
    expect(e.message).toContain('RTF');
  });

  it('reads an empty document as empty', async () => {
    const e = await readError(readNotice('空.rtf', rtf('\\pard\\par')));
    expect(e.code).toBe('empty_file');
  });
});
