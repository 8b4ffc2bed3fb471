/**
 * Assembles a GB/T 9704 Word document from its body: page setup, document defaults
 * (3号仿宋, zh-CN) and odd/even page-number footers, then packs it to a Buffer.
 */
import { Document, Packer, type FileChild } from 'docx';
import { patchDocumentXml, unsnapTableParagraphs } from './docx-patch';
import { halfPoints, HAO, runFont, type FontNames } from './fonts';
import { pageNumberFooters } from './page-footer';
import { sectionProperties, type PageOptions } from './page-setup';

export interface WordDocumentOptions extends PageOptions {
  /** Shown in the file's properties (Word: File → Info). */
  title: string;
  fonts: FontNames;
}

export async function packOfficialDocument(
  children: FileChild[],
  opts: WordDocumentOptions,
): Promise<Buffer> {
  const doc = new Document({
    title: opts.title,
    creator: '台账',
    // Odd pages use the default footer, even pages the even one (w:evenAndOddHeaders).
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          // Anything not styled explicitly is still 3号仿宋 (§5.2.2), tagged Chinese so Word
          // applies Chinese line-breaking rules (no 。at a line start).
          run: {
            font: runFont(opts.fonts, 'fangsong'),
            size: halfPoints(HAO.san),
            language: { value: 'en-US', eastAsia: 'zh-CN' },
          },
        },
      },
    },
    sections: [
      {
        properties: sectionProperties(opts),
        footers: pageNumberFooters(opts.fonts),
        children,
      },
    ],
  });
  return patchDocumentXml(await Packer.toBuffer(doc), unsnapTableParagraphs);
}
