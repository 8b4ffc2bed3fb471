/**
 * XML that docx 9.15.2 cannot write, patched into the packed file (also the font table's
 * substitution entries, see font-table.ts). Paragraph-level
 * <w:snapToGrid w:val="0"/> has no docx option, yet table text needs it: with a line grid,
 * LibreOffice (and Word for some compatibility settings) stretches every line in a cell to
 * the 28.95 pt grid pitch even when the paragraph asks for exact spacing — a 40-row
 * attachment then took 14 pages instead of 6.
 */
import JSZip from 'jszip';

/** Inside tables, paragraphs whose properties start with spacing stop snapping to the grid. */
export function unsnapTableParagraphs(xml: string): string {
  // snapToGrid precedes spacing in CT_PPr's sequence, so inserting it right there keeps the
  // schema order. Tables are never nested in our documents, so the lazy match is exact.
  return xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, (tbl) =>
    tbl.replaceAll('<w:pPr><w:spacing ', '<w:pPr><w:snapToGrid w:val="0"/><w:spacing '),
  );
}

/** Rewrites parts of a packed file: part name → its new text from the old. */
export async function patchParts(
  docx: Buffer,
  patches: Record<string, (xml: string) => string>,
): Promise<Buffer> {
  const zip = await JSZip.loadAsync(docx);
  for (const [part, patch] of Object.entries(patches)) {
    const file = zip.file(part);
    if (!file) throw new Error(`${part} missing from the packed document`);
    zip.file(part, patch(await file.async('string')));
  }
  return zip.generateAsync({
    type: 'nodebuffer',
    compression: 'DEFLATE',
    compressionOptions: { level: 6 },
  });
}
