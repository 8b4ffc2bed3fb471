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
 * word beside the label (a unit's name, a theme, a grade) makes the table a list again. So does a
 * label column headed by what a list names (村落名称, 县(市、区), 单位): a list of villages with
 * their area, households and people, or of counties with three scores, gives several figures to
 * each unit it names; a table of figures heads its labels with nothing, 地区 or 指标.
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

/** A label column's header naming units: what a list names, never a region counted or an indicator. */
const UNIT_COLUMN = /名称|名单|单位|村|社区|县|乡|镇|街道|实验区|示范区/;
const COUNTED_COLUMN = /指标|项目|地区|省份|区域/;

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

/** Whether a header row above the figures heads the label column with what a list names. */
function headsUnits(rows: Cell[][], firstFigureRow: number): boolean {
  const row = rows[firstFigureRow] ?? [];
  const column = row.findIndex((c) => toKey(c.text).trim() !== '');
  return rows.slice(0, firstFigureRow).some((h) => {
    const head = toKey(h[column]?.text ?? '').replace(/\s+/g, '');
    return UNIT_COLUMN.test(head) && !COUNTED_COLUMN.test(head);
  });
}

export function listsFigures(rows: Cell[][]): boolean {
  const read: FigureRow[] = [];
  let first = -1;
  for (const [at, row] of rows.entries()) {
    const r = figureRow(row);
    if (r === 'other') return false;
    if (!r) continue;
    if (first < 0) first = at;
    read.push(r);
  }
  if (read.length < 3) return false;
  const several =
    read.filter((r) => r.figures >= 3).length >= read.length * 0.8 && !headsUnits(rows, first);
  const measured = read.filter((r) => r.measures > 0).length >= read.length * 0.8;
  return several || measured;
}
