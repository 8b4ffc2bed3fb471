/** One zip entry read at once: the bytes JSZip gives, stored or deflated, or null when absent. */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { zipEntry } from '../../../src/main/core/export/zip-entry';

async function zipOf(compression: 'STORE' | 'DEFLATE', comment?: string): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('a.txt', '甲乙丙');
  zip.file('word/document.xml', `<w:document>${'<w:tr>行</w:tr>'.repeat(500)}</w:document>`);
  return zip.generateAsync({ type: 'nodebuffer', compression, comment });
}

describe('zipEntry', () => {
  it('reads a deflated or stored entry as JSZip does', async () => {
    for (const compression of ['STORE', 'DEFLATE'] as const) {
      const zip = await zipOf(compression);
      const expected = await (
        await JSZip.loadAsync(zip)
      )
        .file('word/document.xml')!
        .async('string');
      expect(zipEntry(zip, 'word/document.xml')?.toString('utf8')).toBe(expected);
      expect(zipEntry(zip, 'a.txt')?.toString('utf8')).toBe('甲乙丙');
    }
  });

  it('finds the directory behind an archive comment, and answers null for a missing entry', async () => {
    const zip = await zipOf('DEFLATE', '附注');
    expect(zipEntry(zip, 'a.txt')?.toString('utf8')).toBe('甲乙丙');
    expect(zipEntry(zip, 'word/styles.xml')).toBeNull();
  });

  it('refuses what is not a zip', () => {
    expect(() => zipEntry(Buffer.from('not a zip at all, just text'), 'a.txt')).toThrow(
      /not a zip/,
    );
  });
});
