/**
 * The body rows of a Word list's tables, streamed into word/document.xml. docx builds a
 * whole document as an object tree and then as one XML string (a 10,000-row list peaked
 * above 1 GB); here docx still builds everything — the skeleton with each table's header
 * row, the styles, footers and font table, and every body row — but packs only the
 * skeleton: each body row is built on its own, written with docx's XML writer (docx-xml.ts)
 * and fed to the zip as a stream, a slice of rows per chunk. The file is the same document
 * as a whole build, every part byte for byte (tests/unit/export/streamed-rows.test.ts), as
 * docx writes a row without context.
 */
import type { IContext } from 'docx';
import JSZip from 'jszip';
import { Readable } from 'node:stream';
import { bodyRows, tableOf, type SizedColumns } from './attachment-table';
import { unsnapTableParagraphs } from './docx-patch';
import { componentXml, documentContext } from './docx-xml';
import type { FontNames } from './fonts';
import type { ListColumn, ListRow } from './list-layout';

/** One table's body: its rows, laid out by the whole table's column sizes. */
export interface StreamedTable {
  columns: readonly ListColumn[];
  rows: readonly ListRow[];
  fonts: FontNames;
  size: SizedColumns;
}

/**
 * Rows per chunk handed to the zip: enough bytes per chunk that the stream's per-chunk work
 * is small, few enough that the chunks waiting in the stream's buffer stay small.
 */
export const SLICE_ROWS = 50;

const OPEN = '<w:tbl>';
const CLOSE = '</w:tbl>';

/** One row's <w:tr> element as docx writes it in a table, the table patches applied. */
function rowXml(t: StreamedTable, row: ListRow, context: IContext): Buffer {
  const built = bodyRows(t.columns, [row], t.fonts, t.size);
  // a table settles its rows' cells (merges) as it is built; its own XML is the skeleton's
  tableOf(t.size, built);
  const tr = built.map((r) => componentXml(r, context)).join('');
  // The table patch looks at whole tables: give it one, keep its row.
  const xml = unsnapTableParagraphs(`${OPEN}${tr}${CLOSE}`);
  return Buffer.from(xml.slice(OPEN.length, -CLOSE.length), 'utf8');
}

/**
 * The <w:tr> elements of rows [from, to) as one chunk of bytes. Each row is built, written
 * and dropped before the next: docx's objects for a row are garbage within the row, so the
 * young-generation collections reclaim them. Built a slice at a time, a slice's objects
 * outlived several of those collections, were moved to the old generation and stayed until a
 * full collection — a 10,000-row export's heap grew by ~150 MB of them. Strings stay as short
 * as a row's for the same reason (a large string is allocated old at once).
 */
function rowsXml(t: StreamedTable, from: number, to: number, context: IContext): Buffer {
  return Buffer.concat(t.rows.slice(from, to).map((row) => rowXml(t, row, context)));
}

async function* documentXml(
  skeleton: string,
  tables: readonly StreamedTable[],
  slice: number,
): AsyncGenerator<Buffer> {
  const context = documentContext();
  const parts = skeleton.split(CLOSE);
  if (parts.length !== tables.length + 1)
    throw new Error(`the skeleton has ${parts.length - 1} tables, ${tables.length} expected`);
  for (const [i, part] of parts.entries()) {
    yield Buffer.from(part, 'utf8');
    const t = tables[i];
    if (!t) continue;
    for (let from = 0; from < t.rows.length; from += slice)
      yield rowsXml(t, from, Math.min(t.rows.length, from + slice), context);
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
