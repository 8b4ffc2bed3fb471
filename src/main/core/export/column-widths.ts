/**
 * Column widths from the content: a fixed 156 mm table is shared out so that rows are as
 * short as possible (the sum over rows of the tallest cell), place names break only between
 * levels (a column is never narrower than the longest level of 99 rows in 100, e.g. 双鸭山市,
 * up to ten characters: a rarer, longer one breaks inside), names are not stacked on three lines, and,
 * when the height is the same either way, text wraps less.
 */
import { ems } from './text-measure';

export type ColumnContent =
  /** A column sized by the caller (序号). */
  | { kind: 'fixed'; ems: number }
  /** Place names: one array of unbreakable levels per row. */
  | { kind: 'name'; header: string; minEms: number; cells: readonly (readonly string[])[] }
  /** Free text that may break anywhere: one array of paragraphs per row. */
  | { kind: 'text'; header: string; minEms: number; cells: readonly (readonly string[])[] };

/** Rows looked at when choosing widths; a longer table is sampled evenly. */
const SAMPLE = 400;
/** A text column is never narrower than this many characters. */
const MIN_TEXT = 3;
/** A name longer than this may take two lines rather than take the table. */
const MAX_NAME = 14;
/**
 * A level longer than this (双江拉祜族佤族布朗族傣族自治县, 15 characters) breaks inside rather
 * than widen the column for every row: the longest level grows with the table, and one
 * such county among 763 zones took a third of the width from the write-ups. Ten characters
 * hold nearly every level (恩施土家族苗族自治州, 杜尔伯特蒙古族自治县). The optimiser may still
 * widen the column when enough rows need it (a broken level costs a line).
 */
const LONGEST_LEVEL = 10;
/** The share of rows whose longest level sets a name column's floor. */
const OUTLIERS_KEPT = 0.99;
/** What a level broken inside costs, in lines: more than stacking a name on three lines. */
const BROKEN_LEVEL = 1;

function sampleRows(n: number): number[] {
  if (n <= SAMPLE) return Array.from({ length: n }, (_, i) => i);
  const step = n / SAMPLE;
  return Array.from({ length: SAMPLE }, (_, i) => Math.floor(i * step));
}

function minWidth(c: ColumnContent): number {
  if (c.kind === 'fixed') return c.ems;
  // minEms: what the caller needs for the header (a long header may still wrap).
  if (c.kind === 'text') return Math.max(MIN_TEXT, c.minEms);
  // Each row's longest level; the floor is the one 99 rows in 100 fit (every row, up to a
  // hundred), so one outlier among hundreds does not set the width of all the others.
  const longest = c.cells.map((row) => Math.max(0, ...row.map(ems))).sort((a, b) => a - b);
  const floor = longest[Math.floor(OUTLIERS_KEPT * (longest.length - 1))] ?? 0;
  return Math.max(c.minEms, Math.min(floor, LONGEST_LEVEL));
}

const wrapped = (p: number, width: number) => Math.max(1, Math.ceil(p / width - 1e-9));

/** Lines of one cell from its pieces' widths: packed (names) or each on new lines (text). */
function lines(kind: 'name' | 'text', pieces: readonly number[], width: number): number {
  if (pieces.length === 0) return 1;
  if (kind === 'text') return pieces.reduce((n, p) => n + wrapped(p, width), 0);
  let count = 1;
  let cur = 0;
  for (const p of pieces) {
    if (p > width) {
      // A level wider than the column breaks inside, on lines of its own.
      count += (cur > 0 ? 1 : 0) + wrapped(p, width) - 1;
      cur = width;
      continue;
    }
    if (cur > 0 && cur + p > width) {
      count++;
      cur = p;
    } else cur += p;
  }
  return count;
}

/** Paragraphs whose last line would hold only one or two characters. */
function orphanLines(pieces: readonly number[], width: number): number {
  let n = 0;
  for (const p of pieces) {
    const full = Math.floor(p / width);
    const rest = p - full * width;
    if (full >= 1 && rest > 1e-9 && rest <= 2) n++;
  }
  return n;
}

/** Widths in ems (summing to `total`) for the columns, in their order. */
export function fitColumns(cols: readonly ColumnContent[], total: number): number[] {
  const n = cols.reduce((m, c) => (c.kind === 'fixed' ? m : Math.max(m, c.cells.length)), 0);
  const rows = sampleRows(n);
  const mins = cols.map(minWidth);
  const free = cols.map((c) => c.kind !== 'fixed');
  // Widths of every piece of the sampled rows, measured once.
  const measured = cols.map((c) =>
    c.kind === 'fixed' ? [] : rows.map((r) => (c.cells[r] ?? []).map((p) => ems(p))),
  );

  const cost = (w: readonly number[]): number => {
    let height = 0;
    let nameLines = 0;
    let crowdedNames = 0;
    let brokenLevels = 0;
    let textLines = 0;
    let orphans = 0;
    for (let r = 0; r < rows.length; r++) {
      let tallest = 1;
      cols.forEach((c, i) => {
        if (c.kind === 'fixed') return;
        const l = lines(c.kind, measured[i]?.[r] ?? [], w[i] ?? 0);
        tallest = Math.max(tallest, l);
        if (c.kind === 'name') {
          nameLines += l;
          crowdedNames += Math.max(0, l - 2);
          for (const p of measured[i]?.[r] ?? []) if (p > (w[i] ?? 0)) brokenLevels++;
        } else {
          textLines += l;
          orphans += orphanLines(measured[i]?.[r] ?? [], w[i] ?? 0);
        }
      });
      height += tallest;
    }
    // Height first, but a name stacked on three or more lines costs most of a line, and a
    // last line of one or two characters (队/伍) a third of one; then a title broken
    // mid-phrase weighs more than a name broken between its levels.
    return (
      height +
      brokenLevels * BROKEN_LEVEL +
      crowdedNames * 0.6 +
      orphans * 0.3 +
      textLines * 0.02 +
      nameLines * 0.01
    );
  };

  // Start: minimums, the rest shared by average content width (names capped at MAX_NAME).
  const w = [...mins];
  const spare = total - mins.reduce((s, x) => s + x, 0);
  if (spare < 0) return w.map((x) => (x * total) / (total - spare)); // overfull: shrink all
  const want = cols.map((c, i) => {
    if (c.kind === 'fixed' || rows.length === 0) return 0;
    const sizes = measured[i] ?? [];
    const avg = sizes.reduce((s, row) => s + row.reduce((a, b) => a + b, 0), 0) / rows.length;
    return c.kind === 'name' ? Math.min(avg, MAX_NAME) : avg;
  });
  const wantSum = want.reduce((s, x) => s + x, 0) || 1;
  want.forEach((x, i) => (w[i] = (w[i] ?? 0) + (spare * x) / wantSum));
  if (want.every((x) => x === 0)) {
    const k = free.filter(Boolean).length || 1;
    free.forEach((f, i) => f && (w[i] = (w[i] ?? 0) + spare / k));
  }

  // Coordinate descent: move width between two columns while the cost falls.
  let best = cost(w);
  for (let round = 0; round < 60; round++) {
    let improved = false;
    for (const step of [4, 2, 1, 0.5]) {
      for (let i = 0; i < cols.length; i++) {
        for (let j = 0; j < cols.length; j++) {
          if (i === j || !free[i] || !free[j] || (w[j] ?? 0) - step < (mins[j] ?? 0)) continue;
          w[i] = (w[i] ?? 0) + step;
          w[j] = (w[j] ?? 0) - step;
          const c = cost(w);
          if (c < best - 1e-9) {
            best = c;
            improved = true;
          } else {
            w[i] = (w[i] ?? 0) - step;
            w[j] = (w[j] ?? 0) + step;
          }
        }
      }
    }
    if (!improved) break;
  }
  return w;
}
