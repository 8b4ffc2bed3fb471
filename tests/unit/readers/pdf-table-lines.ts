/**
 * Lines as a PDF prints a table, for the PDF table readers' tests: 10pt glyphs, CJK 10pt wide,
 * rows 16pt apart, the lines of one cell 14.4pt apart (`inCell`: the lines that follow the line
 * above in its cell). Each line is given as [left, text] pieces, one per cell.
 */
import type { PdfLine } from '../../../src/main/core/import/readers/pdf-lines';
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
