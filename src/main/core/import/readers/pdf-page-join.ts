/**
 * A table cell cut at the foot of a page carries on at the top of the next (after the
 * running header and page number, already dropped): its lines are read as the previous
 * page's last lines when they only carry on that page's table — they join its last row
 * and neither add a row nor leave a line of their own. A table that really ends at a
 * page's foot keeps the next page's first lines (prose, a numbered row) where they are.
 */
import type { PdfLine } from './pdf-lines';
import { pageParts, type PagePart } from './pdf-table';

/** The same parts, tables of the same rows: the added lines only carried cells on. */
function sameShape(a: PagePart[], b: PagePart[]): boolean {
  return (
    a.length === b.length &&
    a.every((p, i) => {
      const q = b[i]!;
      if ('table' in p) return 'table' in q && q.table.length === p.table.length;
      if ('line' in p) return 'line' in q && q.line === p.line;
      return 'text' in q;
    })
  );
}

/** Pages with a table's cut cells carried on from the next page's top moved back to it. */
export function joinCutCellsAcrossPages(pages: PdfLine[][]): PdfLine[][] {
  const out = pages.map((p) => [...p]);
  for (let p = 0; p + 1 < out.length; p++) {
    const prev = out[p]!;
    const next = out[p + 1]!;
    if (prev.length === 0 || next.length === 0) continue;
    const before = pageParts(prev);
    const last = before[before.length - 1];
    // Only a page whose last line stands in a table.
    if (last === undefined || !('table' in last)) continue;
    let taken = 0;
    let joined = prev;
    // A line starting where the table's rows start begins a row of its own: moved up one
    // glyph below, it would seem to carry on a row whose cells all stopped at their edges.
    const rowsLeft = Math.min(...prev.filter((l) => l.cells).map((l) => l.left ?? 0));
    while (taken < next.length) {
      const first = next[taken]!;
      if ((first.left ?? 0) <= rowsLeft + (first.size ?? 1)) break;
      const bottom = joined[joined.length - 1]!;
      // One glyph below: closer than any row step, so only the cut cells decide.
      const moved = { ...first, y: bottom.y - (bottom.size ?? 1) };
      const trial = [...joined, moved];
      if (!sameShape(before, pageParts(trial))) break;
      joined = trial;
      taken++;
    }
    if (taken === 0) continue;
    out[p] = joined;
    out[p + 1] = next.slice(taken);
  }
  return out;
}
