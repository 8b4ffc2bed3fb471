import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readNotice } from '../../../src/main/core/import/readers';
import { simplifiedKey } from '../../../src/main/core/import/readers/simplified-key';
import { hasShared, seedFiles, seedsDir, sharedMissingReason } from '../../support/shared';
import {
  encodeAs,
  PLAIN_NOTICE,
  PLAIN_NOTICE_READ,
  TRADITIONAL_NOTICE,
} from '../../support/fixtures/text-fixtures';
import { expectConsistent, readError } from './consistency';

describe('plain text encodings', () => {
  it.each([
    ['utf-8', 'utf-8'],
    ['utf-8-bom', 'utf-8'],
    ['utf-16le', 'utf-16le'],
    ['utf-16be', 'utf-16be'],
    ['gb18030', 'gb18030'],
  ] as const)('%s round-trips with only line endings normalised', async (enc, reported) => {
    const doc = await readNotice('通知.txt', encodeAs(PLAIN_NOTICE, enc));
    expect(doc.format).toBe('txt');
    expect(doc.encoding).toBe(reported);
    expect(doc.text).toBe(PLAIN_NOTICE_READ);
    expect(doc.text).toContain('㙟口村'); // a 4-byte GB18030 character survives
    expectConsistent(doc);
  });

  it('detects BOM-less UTF-16 by its NUL pattern', async () => {
    const text = 'Notice 2024: 实验区 list\nline 2 with ASCII and 中文\n';
    for (const enc of ['utf-16le', 'utf-16be'] as const) {
      const bytes = encodeAs(text, enc).subarray(2);
      const doc = await readNotice('a.txt', bytes);
      expect(doc.encoding).toBe(enc);
      expect(doc.text).toBe(text);
    }
  });

  it('recognises BOM-less UTF-16 of Chinese text with no ASCII at all (issue #20, finding 7)', async () => {
    const text =
      '关于确认第一批省级社区治理创新实验区的通知\n石家庄市长安区——构建“红色物业”联动机制\n河北省民政厅\n';
    for (const enc of ['utf-16le', 'utf-16be'] as const) {
      const bytes = encodeAs(text, enc).subarray(2);
      const doc = await readNotice('a.txt', bytes);
      expect(doc.encoding).toBe(enc);
      expect(doc.text).toBe(text);
    }
    // The same words in GB18030 and Big5 are still read as such, not as UTF-16.
    expect((await readNotice('a.txt', encodeAs(text, 'gb18030'))).encoding).toBe('gb18030');
    expect((await readNotice('b.txt', encodeAs(TRADITIONAL_NOTICE, 'big5'))).encoding).toBe('big5');
  });

  it('normalises lone CR line endings too, keeping tabs and indentation', async () => {
    const doc = await readNotice('a.txt', Buffer.from('第一行\r　　第二行\t甲\r\n第三行'));
    expect(doc.text).toBe('第一行\n　　第二行\t甲\n第三行');
  });

  it('reads a Big5 traditional notice exactly as written; simplifiedKey maps it for matchers', async () => {
    const doc = await readNotice('批復.txt', encodeAs(TRADITIONAL_NOTICE, 'big5'));
    expect(doc.encoding).toBe('big5');
    expect(doc.text).toBe(TRADITIONAL_NOTICE);
    expect(simplifiedKey(doc.text)).toContain('同意将云岭省石屏县、建水县等单位确认为实验县');
    const utf8 = await readNotice('批復.txt', encodeAs(TRADITIONAL_NOTICE, 'utf-8'));
    expect(utf8.text).toBe(TRADITIONAL_NOTICE); // raw kept, no conversion in the reader
  });

  it('refuses text in an encoding it cannot identify, saying so', async () => {
    const latin1 = Buffer.from(
      'Caf\xe9 cr\xe8me br\xfbl\xe9e \xe0 la fran\xe7aise, d\xe9j\xe0 vu.',
      'latin1',
    );
    const e = await readError(readNotice('menu.txt', latin1));
    expect(e.code).toBe('unknown_encoding');
    expect(e.message).toContain('编码');
  });
});

describe.skipIf(!hasShared)(`seed notices (${hasShared ? 'present' : sharedMissingReason})`, () => {
  it.each(seedFiles())('%s reads as UTF-8 with identical text', async (name) => {
    const bytes = readFileSync(path.join(seedsDir, name));
    const doc = await readNotice(name, bytes);
    expect(doc.encoding).toBe('utf-8');
    expect(doc.text).toBe(bytes.toString('utf8').replace(/\r\n?/g, '\n'));
    expectConsistent(doc);
  });
});
