import { describe, expect, it } from 'vitest';
import { readNotice } from '../../../src/main/core/import/readers';
import { readError } from './consistency';

const text = Buffer.from('关于公布名单的通知\n一、北京市东城区\n', 'utf8');

describe('a file whose content is not what its name promises', () => {
  it('names the format without a stray space beside a full-width bracket', async () => {
    const e = await readError(readNotice('名单.docx', text));
    expect(e.code).toBe('wrong_extension');
    expect(e.message).toContain('不是 Word（.docx）文件');
    expect(e.message).not.toContain('） 文件');
  });

  it('keeps the space beside a Latin name', async () => {
    const e = await readError(readNotice('名单.pdf', text));
    expect(e.message).toContain('不是 PDF 文件');
  });
});
