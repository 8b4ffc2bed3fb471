/**
 * Lines as a PDF prints a table, for the PDF table readers' tests: 10pt glyphs, CJK 10pt wide,
 * rows 16pt apart, the lines of one cell 14.4pt apart (`inCell`: the lines that follow the line
 * above in its cell). Each line is given as [left, text] pieces, one per cell.
 */
import {
  itemsToLines,
  type PdfItem,
  type PdfLine,
} from '../../../src/main/core/import/readers/pdf-lines';
import { pageParts } from '../../../src/main/core/import/readers/pdf-table';

export function page(rows: [number, string][][], inCell: number[] = []): PdfLine[] {
  let y = 750;
  return rows.map((pieces, i) => {
    if (i > 0) y -= inCell.includes(i) ? 14.4 : 16;
    const cells = pieces.map(([left, text]) => ({ text, left, right: left + 10 * text.length }));
    return {
      text: cells.map((c) => c.text).join('\t'),
      y,
      left: cells[0]!.left,
      right: cells[cells.length - 1]!.right,
      size: 10,
      ...(cells.length >= 2 ? { cells } : {}),
    };
  });
}

/** What the table reader makes of the lines: tables as rows of cells, the rest as text. */
export const read = (lines: PdfLine[]): (string[][] | string)[] =>
  pageParts(lines).map((p) =>
    'table' in p ? p.table : 'text' in p ? p.text : lines[p.line]!.text,
  );

/** How wide a character prints at 10pt: CJK a full glyph, digits and Latin half of one. */
const glyphs = (text: string): number =>
  [...text].reduce((w, ch) => w + (ch.charCodeAt(0) < 0x100 ? 5 : 10), 0);

/**
 * Lines as the PDF reader builds them from a page's text items: each piece [left, text] is
 * one item, so two pieces closer than a TAB's gap read as one cell with a space (or none)
 * between, as in a narrow table. `steps` gives the step down to each line (16 when absent).
 */
export function printed(rows: [number, string][][], steps: number[] = []): PdfLine[] {
  let y = 750;
  const items: PdfItem[] = rows.flatMap((pieces, i) => {
    if (i > 0) y -= steps[i] ?? 16;
    const at = y;
    return pieces.map(([x, str]) => ({ str, x, y: at, width: glyphs(str), size: 10 }));
  });
  return itemsToLines(items);
}
