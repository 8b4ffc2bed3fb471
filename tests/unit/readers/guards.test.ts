import { describe, expect, it } from 'vitest';
import { readNotice } from '../../../src/main/core/import/readers';
import { MAX_PLAIN_TEXT_BYTES } from '../../../src/shared/import-limits';
import {
  binaryNoise,
  manyEntriesZip,
  plainZip,
  withDeclaredSize,
} from '../../support/fixtures/bad-fixtures';
import { observationNoticeDocx } from '../../support/fixtures/docx-fixtures';
import { zoneSummaryXlsx } from '../../support/fixtures/sheet-fixtures';
import { expectConsistent, readError } from './consistency';
import { expectNoRunaway } from '../../support/runaway';

const CJK = /[\u4e00-\u9fff]/;

describe('bad input corpus: every failure is a ReadError with a Chinese message', () => {
  it.each<[string, string, () => Promise<Buffer> | Buffer, string]>([
    ['empty file', '空.txt', () => Buffer.alloc(0), 'empty_file'],
    [
      'only whitespace and a BOM',
      '空白.txt',
      () => Buffer.from('\ufeff \r\n\t\n', 'utf8'),
      'empty_file',
    ],
    ['binary noise named .txt', '名单.txt', () => binaryNoise(4096), 'binary_file'],
    ['binary noise named .html', '页面.html', () => binaryNoise(4096), 'binary_file'],
    [
      'a PNG named .txt',
      '截图.txt',
      () => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10]), binaryNoise(64)]),
      'image_file',
    ],
    [
      'OLE2 magic over noise (a damaged .doc)',
      '旧通知.doc',
      () => Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), binaryNoise(512)]),
      'corrupt_ole',
    ],
    [
      'a truncated .docx',
      '截断.docx',
      async () => (await observationNoticeDocx()).subarray(0, 3000),
      'corrupt_docx',
    ],
    [
      'a truncated .xlsx',
      '截断.xlsx',
      async () => (await zoneSummaryXlsx()).subarray(0, 2000),
      'corrupt_xlsx',
    ],
    [
      'a .docx declaring a 2 GB document.xml',
      '炸弹.docx',
      async () => withDeclaredSize(await observationNoticeDocx(), 'word/document.xml', 0x7fffffff),
      'zip_too_large',
    ],
    [
      'a .docx with 2,001 extra entries',
      '多文件.docx',
      () => manyEntriesZip(2001),
      'zip_too_large',
    ],
    ['a zip that is not Office', '资料.zip', () => plainZip(), 'unsupported_format'],
  ])('%s', async (_label, name, make, code) => {
    const e = await readError(readNotice(name, await make()));
    expect(e.code).toBe(code);
    expect(e.message).toMatch(CJK);
  });

  it('names the damage for a truncated Word file', async () => {
    const e = await readError(
      readNotice('截断.docx', (await observationNoticeDocx()).subarray(0, 3000)),
    );
    expect(e.message).toContain('文件已损坏或不完整');
  });

  it('says a ZIP64 entry’s size in plain words', async () => {
    const bomb = withDeclaredSize(await observationNoticeDocx(), 'word/document.xml', 0xffffffff);
    const e = await readError(readNotice('炸弹.docx', bomb));
    expect(e.message).toContain('“word/document.xml”解压后声明为 4 GB 以上，超过单项上限 50 MB');
  });

  it('refuses a file over maxBytes before parsing it', async () => {
    const e = await readError(readNotice('大.txt', Buffer.alloc(2048, 0x41), { maxBytes: 1024 }));
    expect(e.code).toBe('file_too_large');
    expect(e.message).toContain('MB');
  });

  it('reads an 8 MB text notice within bounds; a 50 MB one is refused before decoding', async () => {
    const line = '各实验区应按时报送年度计划和总结，并及时通报工作进展和成效。\n';
    const lines = (mb: number) => Math.floor((mb * 1024 * 1024) / Buffer.byteLength(line));
    const bytes = Buffer.from(line.repeat(lines(MAX_PLAIN_TEXT_BYTES / (1024 * 1024))));
    // ~0.15 s on a quiet machine.
    const doc = await expectNoRunaway(1_500, () => readNotice('大通知.txt', bytes));
    expect(doc.text.length).toBe(bytes.toString('utf8').length);
    expect(doc.blocks.length).toBe(bytes.length / Buffer.byteLength(line));
    const huge = Buffer.from(line.repeat(lines(50)));
    const refused = await expectNoRunaway(1_500, () => readError(readNotice('大通知.txt', huge)));
    expect(refused.code).toBe('notice_too_long');
    const e = await readError(readNotice('大通知.txt', huge, { maxBytes: 10 * 1024 * 1024 }));
    expect(e.code).toBe('file_too_large');
  });

  it('never detaches or alters the caller’s bytes', async () => {
    const bytes = await observationNoticeDocx();
    const copy = Buffer.from(bytes);
    expectConsistent(await readNotice('a.docx', bytes));
    expect(Buffer.compare(bytes, copy)).toBe(0);
  });
});
