/**
 * The body rows of a Word list's tables, streamed into word/document.xml. docx builds a
 * whole document as an object tree and then as one XML string (a 10,000-row list peaked
 * above 1 GB); here docx still writes everything — the skeleton with each table's header
 * row, the styles, footers and font table, and every body row — but the rows a slice at a
 * time, as one-table documents whose <w:tr> elements are cut out and fed to the zip as a
 * stream. The document.xml is byte for byte the one a whole build writes
 * (tests/unit/export/streamed-rows.test.ts), as docx writes a row without context.
 */
import { Document, Packer } from 'docx';
import JSZip from 'jszip';
import { Readable } from 'node:stream';
import { bodyRows, tableOf, type SizedColumns } from './attachment-table';
import { unsnapTableParagraphs } from './docx-patch';
import type { FontNames } from './fonts';
import type { ListColumn, ListRow } from './list-layout';
import { zipEntry } from './zip-entry';

/** One table's body: its rows, laid out by the whole table's column sizes. */
export interface StreamedTable {
  columns: readonly ListColumn[];
  rows: readonly ListRow[];
  fonts: FontNames;
  size: SizedColumns;
}

/**
 * Rows per slice. Each slice is a whole docx pack whose object tree and XML are garbage the
 * moment its rows are cut out, but the heap grows with the largest slice before it is
 * collected: 10,000 rows peaked ~90 MB lower at 100 rows a slice than at 500, and lower
 * again at 50, with no measurable time cost (the pack's fixed work is small).
 */
export const SLICE_ROWS = 50;

const OPEN = '<w:tbl>';
const CLOSE = '</w:tbl>';

/** The <w:tr> elements of rows [from, to), as docx writes them, table patches applied. */
async function rowsXml(t: StreamedTable, from: number, to: number): Promise<string> {
  const rows = bodyRows(t.columns, t.rows.slice(from, to), t.fonts, t.size);
  const packed = await Packer.toBuffer(
    new Document({ sections: [{ children: [tableOf(t.size, rows)] }] }),
  );
  const xml = zipEntry(packed, 'word/document.xml')?.toString('utf8');
  if (xml === undefined) throw new Error('no document.xml in a slice document');
  const start = xml.indexOf('<w:tr', xml.indexOf('</w:tblGrid>'));
  const end = xml.lastIndexOf(CLOSE);
  if (start < 0 || end < start) throw new Error('no table rows in a slice document');
  // The table patch looks at whole tables: give it one, keep its rows.
  return unsnapTableParagraphs(`${OPEN}${xml.slice(start, end)}${CLOSE}`).slice(
    OPEN.length,
    -CLOSE.length,
  );
}

async function* documentXml(
  skeleton: string,
  tables: readonly StreamedTable[],
  slice: number,
): AsyncGenerator<Buffer> {
  const parts = skeleton.split(CLOSE);
  if (parts.length !== tables.length + 1)
    throw new Error(`the skeleton has ${parts.length - 1} tables, ${tables.length} expected`);
  for (const [i, part] of parts.entries()) {
    yield Buffer.from(part, 'utf8');
    const t = tables[i];
    if (!t) continue;
    for (let from = 0; from < t.rows.length; from += slice)
      yield Buffer.from(await rowsXml(t, from, Math.min(t.rows.length, from + slice)), 'utf8');
    yield Buffer.from(CLOSE, 'utf8');
  }
}

/**
 * The packed skeleton (each table with its header row only) with the tables' body rows
 * streamed in, and the other parts patched as a whole build patches them.
 */
export async function withStreamedRows(
  skeleton: Buffer,
  tables: readonly StreamedTable[],
  patches: Record<string, (xml: string) => string>,
  slice = SLICE_ROWS,
): Promise<Buffer> {
  const zip = await JSZip.loadAsync(skeleton);
  for (const [part, patch] of Object.entries(patches)) {
    const file = zip.file(part);
    if (!file) throw new Error(`${part} missing from the packed document`);
    zip.file(part, patch(await file.async('string')));
  }
  const doc = unsnapTableParagraphs(await zip.file('word/document.xml')!.async('string'));
  zip.file('word/document.xml', Readable.from(documentXml(doc, tables, slice)), { binary: true });
  return zip.generateAsync({
    type: 'nodebuffer',
    compression: 'DEFLATE',
    compressionOptions: { level: 6 },
  });
}
