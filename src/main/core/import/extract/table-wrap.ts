/**
 * Groups a linearised table's lines into rows. Word, HTML and Excel give one full line
 * per row; PDFs do not: a long cell wraps onto continuation lines (with or without TABs),
 * cells that fill their column are separated by a single space instead of a TAB, and a
 * cell merged down is printed once, so later rows are short. Rows are therefore started
 * by their 序号 when the table numbers its rows, continuation pieces are appended to the
 * last columns (wrapped text ends at the right), and short rows are re-aligned.
 */
import { isSpanningRow, isTotalRow } from './table-rows';
import { headerRoles, type Cell } from './table-columns';
import type { KeyedText, Line } from './text-key';

export interface TableRow {
  cells: Cell[];
  lines: Line[];
  start: number;
  end: number;
  /** Cells were joined from continuation lines or re-aligned. */
  wrapped: boolean;
}

/** A row's 序号: digits, or a circled numeral (①…⑳) as papers print them. */
const SEQ = /^(\d{1,4}|[①-⑳])$/;
/** Lines after a table that close a notice (signature, date) are never continuations. */
const CLOSING = /^\d{4}年\d{1,2}月\d{1,2}日$|^[(（]?(注|说明|附件)/;
/** A signature names an organ of some place ("甘肃省民政厅"); "…社区新格局" only ends like one. */
const ORGAN_END = /(部|厅|局|委|会|府|室|处|院|办)$/;
const ORGAN_OF = /省|市|县|区|州|盟|旗|中央|国家|民政|司法|政府|委员/;
const closes = (t: string): boolean =>
  CLOSING.test(t) || (ORGAN_END.test(t) && ORGAN_OF.test(t.replace(/社区/g, '')));

function cellsOf(line: Line): Cell[] {
  const cells: Cell[] = [];
  let at = line.start;
  for (const part of line.raw.split('\t')) {
    const lead = part.length - part.trimStart().length;
    cells.push({ text: part.trim(), start: at + lead, end: at + part.trimEnd().length });
    at += part.length + 1;
  }
  return cells;
}

/** Splits cells at single spaces between CJK characters (PDF cells that touch) until `width`. */
function splitTouching(cells: Cell[], width: number): Cell[] {
  const out: Cell[] = [];
  let missing = width - cells.length;
  for (const c of cells) {
    const parts: Cell[] = [];
    let from = 0;
    const re = /(?<=[\u3400-\u9fff，。、”“）])\s(?=[\u3400-\u9fff“（])/g;
    for (const m of c.text.matchAll(re)) {
      if (missing <= 0) break;
      parts.push({
        text: c.text.slice(from, m.index),
        start: c.start + from,
        end: c.start + (m.index ?? 0),
      });
      from = (m.index ?? 0) + 1;
      missing--;
    }
    parts.push({ text: c.text.slice(from), start: c.start + from, end: c.end });
    out.push(...parts);
  }
  return out;
}

/**
 * Untabbed lines may still continue a row: up to 12 of any length, or more while they stay
 * short (a narrow write-up column wraps one cell over many lines of a few characters).
 */
const WRAPPED_LINE = 16;
function continues(pending: Line[], line: Line): boolean {
  if (pending.length < 12) return true;
  return pending.length < 40 && [...pending, line].every((p) => p.trimmed.length <= WRAPPED_LINE);
}

function appendRight(row: TableRow, pieces: Cell[], line: Line): void {
  const offset = row.cells.length - pieces.length;
  pieces.forEach((p, k) => {
    const target = row.cells[offset + k];
    if (!target || p.text === '') return;
    row.cells[offset + k] = { text: target.text + p.text, start: target.start, end: p.end };
  });
  row.lines.push(line);
  row.end = line.end;
  row.wrapped = true;
}

export function groupRows(
  doc: KeyedText,
  from: number,
  consumed: ReadonlySet<number>,
): { rows: TableRow[]; next: number } {
  const lines: Line[] = [];
  let j = from;
  // The tab lines, with the untabbed lines between them (PDF continuations).
  let pending: Line[] = [];
  for (; j < doc.lines.length; j++) {
    const l = doc.lines[j];
    if (!l || consumed.has(l.index)) break;
    if (l.trimmed === '') continue;
    if (l.raw.includes('\t') && l.trimmed.replace(/\t/g, '') !== '') {
      // A header row after text between tables (the next sheet, the next attachment) opens a
      // new table: the lines before it are that table's title, not wrapped cells.
      if (pending.length && lines.length >= 2 && headerRoles(cellsOf(l).map((c) => c.text))) break;
      if (pending.length && lines.length) lines.push(...pending);
      else if (pending.length) break;
      pending = [];
      lines.push(l);
    } else if ((lines.length >= 2 || opensOnHeader(lines)) && continues(pending, l)) {
      pending.push(l);
    } else break;
  }
  const numbered = lines.filter((l) => SEQ.test(cellsOf(l)[0]?.text ?? '')).length >= 2;
  const width = Math.max(0, ...lines.map((l) => cellsOf(l).length));
  const rows: TableRow[] = [];
  let sawNumber = false;
  for (const l of lines) {
    const cells = cellsOf(l);
    const texts = cells.map((c) => c.text);
    const last = rows[rows.length - 1];
    if (numbered && isGroupLine(texts, last)) {
      rows.push(groupRow(cells, l, width));
      continue;
    }
    const startsRow =
      !numbered ||
      !sawNumber ||
      SEQ.test(texts[0] ?? '') ||
      isSpanningRow(texts) !== null ||
      isTotalRow(texts) ||
      // The header typed again inside the table (pasted from two pages) is no wrapped cell.
      (last !== undefined && isHeaderAgain(texts));
    if (!startsRow && last) {
      appendRight(last, cells, l);
      continue;
    }
    if (SEQ.test(texts[0] ?? '')) sawNumber = true;
    rows.push(
      alignRow(
        { cells, lines: [l], start: l.trimmedStart, end: l.end, wrapped: false },
        width,
        last,
      ),
    );
  }
  // The last row may wrap too: short untabbed lines right after it that close nothing. Where
  // no row wrapped, only a place cut at a level (内蒙古自治区兴安盟 | 扎赉特旗): the PDF broke the
  // name at the column's edge, and the line is the rest of it.
  const lastRow = rows[rows.length - 1];
  let k = 0;
  if (rows.some((r) => r.wrapped) || placeCutAt(lastRow, pending[0])) {
    for (; k < pending.length; k++) {
      const l = pending[k];
      const longest = Math.max(...(lastRow?.cells.map((c) => c.text.length) ?? [0]));
      if (!l || !lastRow || closes(l.trimmed)) break;
      // A short line continues the cell; one as long as the cell's own first line does too
      // when the cell stops mid-phrase (no sentence end): the PDF wrapped it at the column.
      const cut = /[\u4e00-\u9fff”]$/.test(lastRow.cells[lastRow.cells.length - 1]?.text ?? '');
      if (l.trimmed.length * 2 > longest && !(cut && l.trimmed.length <= longest)) break;
      appendRight(lastRow, cellsOf(l), l);
    }
  }
  const used = rows.flatMap((r) => r.lines);
  const lastLine = used[used.length - 1];
  const next = lastLine ? lastLine.index + 1 : j;
  return { rows, next: Math.max(from + 1, next) };
}

/** A place's name closed at a level that has levels below it, and one of those written alone. */
const UPPER_LEVEL = /(省|自治区|市|自治州|州|盟|地区)$/;
const LOWER_PLACE = /^[\u4e00-\u9fff]{1,8}(县|区|市|旗|自治县|自治旗)$/;

/** Whether `line` is the rest of the last row's last cell, a place the PDF cut after a level. */
function placeCutAt(row: TableRow | undefined, line: Line | undefined): boolean {
  if (!row || !line || line.raw.includes('\t') || closes(line.trimmed)) return false;
  const cell = row.cells[row.cells.length - 1]?.text ?? '';
  return UPPER_LEVEL.test(cell) && LOWER_PLACE.test(line.trimmed);
}

/**
 * A group's heading printed across a PDF table ("第一批示范乡镇", "某某县（5个）", "一、城区"):
 * one untabbed line between numbered rows, after a row whose last cell is whole (a place
 * ends there), naming a group by its count, its enumerator or a list word. A wrapped cell's
 * second line continues a cell cut mid-name instead.
 */
const GROUP_LINE =
  /[(（]\s*共?\s*\d+\s*个\s*[)）]$|^[一二三四五六七八九十]+、|(名单|类|示范(乡镇|村镇|镇|乡|村|县|区|社区|单位)|试点(单位|村|社区)?)$/;
const WHOLE_CELL = /(村|社区|居委会|嘎查|镇|乡|街道|县|区|市|旗)$/;

function isGroupLine(texts: string[], last: TableRow | undefined): boolean {
  if (texts.length !== 1 || !last) return false;
  const t = texts[0] ?? '';
  if (t.length < 4 || SEQ.test(t) || !GROUP_LINE.test(t)) return false;
  const above = last.cells.map((c) => c.text);
  const lastCell = [...above].reverse().find((c) => c !== '') ?? '';
  return isHeaderRow(above) || isSpanningRow(above) !== null || WHOLE_CELL.test(lastCell);
}

/** The group line as a row spanning the table, so it reads as a category row. */
function groupRow(cells: Cell[], line: Line, width: number): TableRow {
  const cell = cells[0]!;
  const pad = Array.from({ length: Math.max(1, width - 1) }, () => ({ ...cell }));
  return {
    cells: [cell, ...pad],
    lines: [line],
    start: line.trimmedStart,
    end: line.end,
    wrapped: false,
  };
}

const isHeaderRow = (texts: string[]): boolean => headerRoles(texts) !== null;

/**
 * A header row met again below the table's first rows: column words only — no entry's 序号,
 * no code, and no cell running on as a sentence (the wrapped tail of a long row, 区 | 品牌 |
 * 障，建立…, may hold a word a header also uses).
 */
export const isHeaderAgain = (texts: string[]): boolean =>
  isHeaderRow(texts) &&
  !texts.some((t) => SEQ.test(t.trim()) || /\d{5,}/.test(t) || /[，,。；;]/.test(t));

/** A header row, then a group's heading printed without TABs: the table goes on below. */
function opensOnHeader(lines: Line[]): boolean {
  const only = lines.length === 1 ? lines[0] : undefined;
  return only !== undefined && isHeaderRow(cellsOf(only).map((c) => c.text));
}

/**
 * A short row: split touching cells, then right-align and repeat the merged cells from above.
 * Only a data row's cells are repeated: a row right under the header or a group's heading
 * has nothing merged into it from above, its missing cells are empty ones at its end.
 */
function alignRow(row: TableRow, width: number, above: TableRow | undefined): TableRow {
  if (row.cells.length >= width || isSpanningRow(row.cells.map((c) => c.text)) !== null) return row;
  let cells = splitTouching(row.cells, width);
  const aboveTexts = above?.cells.map((c) => c.text) ?? [];
  if (
    cells.length < width &&
    above &&
    above.cells.length === width &&
    !isHeaderRow(aboveTexts) &&
    isSpanningRow(aboveTexts) === null &&
    SEQ.test(cells[0]?.text ?? '')
  ) {
    const fill = width - cells.length;
    const [seq, ...rest] = cells;
    cells = [seq as Cell, ...above.cells.slice(1, 1 + fill), ...rest];
  }
  return { ...row, cells, wrapped: row.wrapped || cells.length !== row.cells.length };
}
