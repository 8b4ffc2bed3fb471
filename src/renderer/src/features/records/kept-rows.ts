/**
 * The rows the user changed since the grid's query was last set: a row corrected out of its
 * search (壁山縣 → 璧山区 under the search 壁山) stays in view, as a spreadsheet keeps the row
 * being typed in, until the search, a facet or a column filter changes. Only the ids: the rows
 * are read again with the page (records/page keepIds).
 */
const kept = new Set<number>();

/** At most the contract's 500, the latest kept. */
const MAX_KEPT = 500;

export function keepRows(ids: Iterable<number>): void {
  for (const id of ids) {
    kept.delete(id);
    kept.add(id);
  }
  while (kept.size > MAX_KEPT) kept.delete(kept.values().next().value as number);
}

export const keptRows = (): number[] => [...kept];

/** A new query: what it finds is what it shows. */
export const releaseRows = (): void => kept.clear();
