/**
 * A plain-text file too large to hold a notice whatever its encoding is refused by its size,
 * at every door, before it is sent or decoded; other formats (whose bytes are mostly markup,
 * pictures or compression) are judged by their text once read.
 */
import { describe, expect, it } from 'vitest';
import { readNotice } from '../../../src/main/core/import/readers';
import {
  MAX_IMPORT_FILE_BYTES,
  MAX_NOTICE_CHARS,
  MAX_PLAIN_TEXT_BYTES,
  refusedBySize,
} from '../../../src/shared/import-limits';
import { readError } from './consistency';

describe('a plain-text file larger than any notice', () => {
  it('is refused by name and size alone, in Chinese', () => {
    expect(MAX_PLAIN_TEXT_BYTES).toBe(MAX_NOTICE_CHARS * 4);
    expect(refusedBySize('名单.txt', MAX_PLAIN_TEXT_BYTES + 1)).toMatch(/纯文本.*万字.*未导入/);
    expect(refusedBySize('名单.CSV', MAX_PLAIN_TEXT_BYTES + 1)).toMatch(/万字/);
    expect(refusedBySize('名单.txt', MAX_PLAIN_TEXT_BYTES)).toBeNull();
    // A Word file of that size may be pictures: its text decides.
    expect(refusedBySize('通知.docx', MAX_PLAIN_TEXT_BYTES + 1)).toBeNull();
    expect(refusedBySize('通知.docx', MAX_IMPORT_FILE_BYTES + 1)).toMatch(/文件太大/);
  });

  it('is refused by the reader before decoding, whatever it is called', async () => {
    const bytes = Buffer.from(
      '社区治理创新实验区名单。'.repeat(Math.ceil(MAX_PLAIN_TEXT_BYTES / 36) + 1),
    );
    const e = await readError(readNotice('notice', bytes));
    expect(e.code).toBe('notice_too_long');
    expect(e.message).toMatch(/纯文本文件有 \d+\.\d MB/);
  });

  it('under that size is read as before', async () => {
    const doc = await readNotice('名单.txt', Buffer.from('社区治理创新实验区名单。'.repeat(1000)));
    expect(doc.text.length).toBe(12_000);
  });
});
