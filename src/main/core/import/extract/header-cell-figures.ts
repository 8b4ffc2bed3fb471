/**
 * A table's header cell counting its column ("县及县级市(120个)") states how many entries the
 * column lists. Over a column of figures ("示范社区(30个)" above "成都市 | 12") it is the sum of
 * the rows' figures, no count of names to be read.
 */

/** A cell holding a figure only: "12", "3.5", "40%". */
const FIGURE = /^\s*[0-9０-９][0-9０-９.,，%％]*\s*$/;

/** Whether the table cell at `at` heads a column whose next row holds a figure. */
export function headsFigures(key: string, at: number): boolean {
  const lineStart = key.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = key.indexOf('\n', at);
  if (lineEnd < 0 || !key.slice(lineStart, lineEnd).includes('\t')) return false;
  const column = key.slice(lineStart, at).split('\t').length - 1;
  const row = key
    .slice(lineEnd + 1)
    .split('\n')
    .find((l) => l.trim() !== '');
  return row !== undefined && FIGURE.test(row.split('\t')[column] ?? '');
}
