/**
 * Two lists laid side by side in one table (序号 | 名单 | 序号 | 名单, items 1–20 on the left and
 * 21–39 on the right, as pages print a long list of short names): the header's columns repeat
 * as a whole, a 序号 leading each copy. Each row is cut into its parts and the left part's rows
 * are read first, so the items keep the list's order; a part holding only fillers ("/ | /",
 * "— | —") is where the shorter right column ends, no row.
 */
import type { ColumnRole } from './table-columns';
import type { TableRow } from './table-wrap';

/** How many copies of one header the columns are (2 or 3), or 1 when they are one table. */
export function sideBySideParts(roles: readonly ColumnRole[]): number {
  for (const parts of [2, 3]) {
    if (roles.length % parts !== 0) continue;
    const width = roles.length / parts;
    if (width < 2 || roles[0] !== 'seq') continue;
    const first = roles.slice(0, width).join('|');
    const copies = Array.from({ length: parts }, (_, p) =>
      roles.slice(p * width, (p + 1) * width).join('|'),
    );
    if (copies.every((c) => c === first)) return parts;
  }
  return 1;
}

const FILLER = /^[\s/／\\\-—–－_·.。]*$/;

/** The rows of each part in turn, every row cut to its part's cells. */
export function rowsOfParts(rows: readonly TableRow[], parts: number, width: number): TableRow[] {
  const out: TableRow[] = [];
  for (let p = 0; p < parts; p++) {
    for (const row of rows) {
      const cells = row.cells.slice(p * width, (p + 1) * width);
      const first = cells[0];
      const last = cells[cells.length - 1];
      if (!first || !last || cells.every((c) => FILLER.test(c.text))) continue;
      out.push({ ...row, cells, start: first.start, end: last.end });
    }
  }
  return out;
}
