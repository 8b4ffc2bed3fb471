/**
 * Assembles a GB/T 9704 Word document from its body: page setup, document defaults
 * (3号仿宋, zh-CN) and odd/even page-number footers, then packs it to a Buffer.
 */
import { Document, Packer, type FileChild } from 'docx';
import { estimatePageNumbersWith } from 'docx/layout';
import { ems } from './text-measure';
import { patchParts, unsnapTableParagraphs } from './docx-patch';
import { withFontEntries } from './font-table';
import { halfPoints, HAO, runFont, type FontNames } from './fonts';
import { imprintParagraphs, type Imprint } from './imprint';
import { pageNumberFooters } from './page-footer';
import { sectionProperties, type PageOptions } from './page-setup';
import { withStreamedRows, type StreamedTable } from './streamed-rows';

export interface WordDocumentOptions extends PageOptions {
  /** Shown in the file's properties (Word: File → Info). */
  title: string;
  fonts: FontNames;
  /** Write estimated page numbers into PAGEREF fields (a table of contents). */
  estimatePages?: boolean;
  /** The 版记's 印发机关 and 印发日期, after the last line (imprint.ts); none when absent. */
  imprint?: Imprint;
}

const PAGE_ESTIMATOR = estimatePageNumbersWith({
  measureWidth: (text, font) => ems(text) * font.size,
  guess: true,
});

/**
 * `streamed`: the body rows of the tables in `children` (built with their header row only),
 * one entry per table in document order, streamed in after docx packs the rest.
 */
export async function packOfficialDocument(
  children: FileChild[],
  opts: WordDocumentOptions,
  streamed?: readonly StreamedTable[],
): Promise<Buffer> {
  const doc = new Document({
    title: opts.title,
    creator: '台账',
    // A table of contents' page numbers, from docx's own layout of the pages measured with our
    // em widths: Word shows them as written (LibreOffice works them out itself). Only when
    // asked: laying out a 10,000-row table costs seconds.
    ...(opts.estimatePages ? { pageNumbers: PAGE_ESTIMATOR } : {}),
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
        children: opts.imprint
          ? [...children, ...imprintParagraphs(opts.fonts, opts.imprint)]
          : children,
      },
    ],
  });
  const fontTable = (xml: string) => withFontEntries(xml, opts.fonts);
  if (streamed)
    return withStreamedRows(await Packer.toBuffer(doc), streamed, {
      'word/fontTable.xml': fontTable,
    });
  return patchParts(await Packer.toBuffer(doc), {
    'word/document.xml': unsnapTableParagraphs,
    'word/fontTable.xml': fontTable,
  });
}
