import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readNotice } from '../../../src/main/core/import/readers';
import { decodeQuotedPrintable } from '../../../src/main/core/import/readers/mime-parts';
import { gbkMht, mimeMessage, MHT_TITLE } from '../../support/fixtures/layout-fixtures';
import { buildMht, quotedPrintable } from '../../support/unseen/build-mht';
import { expectConsistent, readError } from './consistency';

const tableOf = (doc: { blocks: { type: string }[] }): string[][] | undefined => {
  const t = doc.blocks.find((b) => b.type === 'table');
  return t && 'rows' in t ? (t.rows as string[][]) : undefined;
};

describe('mhtml reader (a web page saved as a single file)', () => {
  it('reads the GBK page part, quoted-printable, like an .html page: chrome dropped, rowspan repeated', async () => {
    const doc = await readNotice('通知.mht', gbkMht());
    expect(doc.format).toBe('mhtml');
    expect(doc.encoding).toBe('gb18030');
    expectConsistent(doc);
    expect(doc.text).not.toContain('首页');
    expect(doc.text.split('\n')).toContain('经评审，确认以下社区为第二批社区协商示范点。');
    expect(tableOf(doc)).toEqual([
      ['序号', '设区市', '示范点'],
      ['1', '临江市', '东湖区柳岸街道翠竹社区'],
      ['2', '临江市', '西陵县青石镇石桥村'],
      ['3', '宁川市', '北塘区望江街道滨河社区'],
    ]);
    expect(doc.hints).toMatchObject({ title: MHT_TITLE, date: '2023-01-05' });
  });

  it('is recognised by its bytes whatever the name says', async () => {
    for (const name of ['通知.html', '通知.doc', '通知']) {
      expect((await readNotice(name, gbkMht())).format).toBe('mhtml');
    }
  });

  it('takes the charset of the part header over a stale meta inside the page', async () => {
    const html =
      '<html><head><meta charset="utf-8"></head><body><p>青石镇石桥村入选示范村名单</p></body></html>';
    const body = quotedPrintable(iconv.encode(html, 'gbk'));
    const bytes = mimeMessage(
      [
        'MIME-Version: 1.0',
        'Content-Type: text/html; charset="gbk"',
        'Content-Transfer-Encoding: quoted-printable',
      ],
      body,
    );
    const doc = await readNotice('单页.mhtml', bytes);
    expect(doc.text).toBe('青石镇石桥村入选示范村名单');
  });

  it('reads a base64 page part inside a nested multipart/alternative', async () => {
    const page = Buffer.from(
      '<html><body><p>滨河社区列为观察点</p></body></html>',
      'utf8',
    ).toString('base64');
    const bytes = mimeMessage(
      ['MIME-Version: 1.0', 'Content-Type: multipart/related; boundary="outer"'],
      [
        '--outer',
        'Content-Type: multipart/alternative; boundary="inner"',
        '',
        '--inner',
        'Content-Type: text/html; charset=utf-8',
        'Content-Transfer-Encoding: base64',
        '',
        page,
        '--inner--',
        '--outer--',
        '',
      ].join('\r\n'),
    );
    expect((await readNotice('a.mht', bytes)).text).toBe('滨河社区列为观察点');
  });

  it('undoes quoted-printable soft breaks and escapes', () => {
    const qp = Buffer.from('=E4=B8=AD=\r\n=E6=96=87 a=3Db', 'latin1');
    expect(Buffer.from(decodeQuotedPrintable(qp)).toString('utf8')).toBe('中文 a=b');
  });

  it('refuses a saved page without a page part, with a Chinese message', async () => {
    const bytes = mimeMessage(
      ['MIME-Version: 1.0', 'Content-Type: multipart/related; boundary="b"'],
      '--b\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n--b--\r\n',
    );
    const e = await readError(readNotice('图.mht', bytes));
    expect(e.code).toBe('corrupt_mhtml');
    expect(e.message).toContain('单文件网页');
  });

  it('stops at multipart parts nested past any browser’s depth', async () => {
    let body = '<html><body><p>深处</p></body></html>';
    let type = 'text/html; charset=utf-8';
    for (let k = 0; k < 8; k++) {
      body = `--b${k}\r\nContent-Type: ${type}\r\n\r\n${body}\r\n--b${k}--\r\n`;
      type = `multipart/related; boundary="b${k}"`;
    }
    const e = await readError(
      readNotice('套.mht', mimeMessage(['MIME-Version: 1.0', `Content-Type: ${type}`], body)),
    );
    expect(e.code).toBe('too_deep');
  });

  it('refuses a page part whose bytes are no text in any charset', async () => {
    const noise = Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 37) % 32));
    const bytes = mimeMessage(
      [
        'MIME-Version: 1.0',
        'Content-Type: text/html; charset="utf-8"',
        'Content-Transfer-Encoding: base64',
      ],
      noise.toString('base64'),
    );
    const e = await readError(readNotice('乱.mht', bytes));
    expect(e.message).toMatch(/[\u4e00-\u9fff]/);
    expect(e.code).toBe('binary_file');
  });

  it('reads a UTF-8 page the composer saves, the same text as the page itself', async () => {
    const html = '<html><body><h1>示范点名单</h1><p>石桥村</p></body></html>';
    const fromMht = await readNotice('a.mht', buildMht(html, 'utf-8', '示范点名单'));
    const fromHtml = await readNotice('a.html', Buffer.from(html, 'utf8'));
    expect(fromMht.text).toBe(fromHtml.text);
  });
});
