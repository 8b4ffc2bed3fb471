import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readNotice } from '../../../src/main/core/import/readers';
import { ReadError } from '../../../src/main/core/import/source-document';
import { expectConsistent } from './consistency';
import { expectNoRunaway } from '../../support/runaway';

/** Resolves to a document or rejects with a ReadError; anything else fails the property. */
async function readsOrReadError(name: string, bytes: Uint8Array): Promise<void> {
  // A few KB of random bytes read in a few ms; the guard is for a reader that loops.
  await expectNoRunaway(100, async () => {
    try {
      expectConsistent(await readNotice(name, bytes));
    } catch (e) {
      if (!(e instanceof ReadError)) throw e;
      expect(e.message).toMatch(/[\u4e00-\u9fff]/);
    }
  });
}

describe('readNotice on arbitrary input', () => {
  it('random bytes named .txt/.html/.csv only ever yield a document or a ReadError, quickly', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 4096 }),
        fc.constantFrom('x.txt', 'x.html', 'x.csv', 'x'),
        (bytes, name) => readsOrReadError(name, bytes),
      ),
      { numRuns: 300 },
    );
  });

  it('random markup-ish text never escapes as anything but a ReadError', async () => {
    const token = fc.constantFrom(
      '<div>',
      '</div>',
      '<table>',
      '<tr>',
      '<td rowspan="3">',
      '<td colspan="999999">',
      '</td>',
      '<br>',
      '<ol>',
      '<li>',
      '<p>',
      '&nbsp;',
      '文字',
      '\n',
      '<script>',
      '<meta charset="gbk">',
      '<pre>',
    );
    await fc.assert(
      fc.asyncProperty(fc.array(token, { maxLength: 300 }), (parts) =>
        readsOrReadError('x.html', Buffer.from(parts.join(''))),
      ),
      { numRuns: 200 },
    );
  });

  it('any printable UTF-8 text named .txt reads back unchanged (after line endings)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 200 }), async (s) => {
        // Control characters are what this property removes on purpose.
        // eslint-disable-next-line no-control-regex
        const text = s.replace(/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g, '');
        fc.pre(text.trim() !== '' && !text.startsWith('\ufeff') && !/^\s*</.test(text));
        const doc = await readNotice('x.txt', Buffer.from(text, 'utf8'));
        expect(doc.text).toBe(text.replace(/\r\n?/g, '\n'));
      }),
      { numRuns: 200 },
    );
  });
});
