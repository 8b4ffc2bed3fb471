/**
 * A table of figures: statistics by province ("北 京 市 | 2 | 2 | 0 | 0.00 | 180 | …"), an
 * indicator quarterly ("乡镇级合计 | 个 | 1,407"). Each row is one label — a place, a kind of
 * institution, an indicator — followed by measures only, so its rows list nothing the ledger
 * keeps: a province counted is no unit of any programme, an indicator is no unit at all.
 *
 * Two shapes, each a sign no list of units carries:
 * - several figures to a label (three or more on the rows that carry figures): a list of units
 *   gives each unit a name, a theme, a grade, a sum — never a run of figures;
 * - a column of measure words beside the figures (个, 万元, 张, 人): an indicator table, whose
 *   labels are what is measured.
 * A row that opens with its number (1 | 某县 | 50) is a list of units with a figure each, and any
 * word beside the label (a unit's name, a theme, a grade) makes the table a list again.
 */
import type { Cell } from './table-columns';
import { toKey } from './text-key';

/**
 * One figure or several run together where a PDF row swallowed the next (2 77), with thousands
 * separators, a decimal part (its digits may wrap to the next line of a narrow PDF cell, 14.), a
 * sign or a percent; a dash is a figure left blank.
 */
const FIGURE =
  /^(?:[-+−]?[0-9][0-9,，]*(?:\.[0-9]*)?%?|[-—–－])(?:\s+(?:[-+−]?[0-9][0-9,，]*(?:\.[0-9]*)?%?|[-—–－]))*$/;

/** A unit of measure in a column of its own. */
const MEASURE = /^(?:个|家|处|所|张|人|人次|户|件|次|万元|元|亿元|千元|平方米|万人|床|项)$/;

const texts = (row: Cell[]): string[] =>
  row.map((c) => toKey(c.text).trim()).filter((t) => t !== '');

interface FigureRow {
  figures: number;
  measures: number;
}

/** A row read as label then measures, or null when it is not (no figure, or another word). */
function figureRow(row: Cell[]): FigureRow | null | 'other' {
  const cells = texts(row);
  const rest = cells.slice(1);
  const figures = rest.filter((t) => FIGURE.test(t)).length;
  if (figures === 0) return null;
  if (FIGURE.test(cells[0] as string)) return 'other';
  const measures = rest.filter((t) => MEASURE.test(t)).length;
  return figures + measures === rest.length ? { figures, measures } : 'other';
}

export function listsFigures(rows: Cell[][]): boolean {
  const read: FigureRow[] = [];
  for (const row of rows) {
    const r = figureRow(row);
    if (r === 'other') return false;
    if (r) read.push(r);
  }
  if (read.length < 3) return false;
  const several = read.filter((r) => r.figures >= 3).length >= read.length * 0.8;
  const measured = read.filter((r) => r.measures > 0).length >= read.length * 0.8;
  return several || measured;
}
