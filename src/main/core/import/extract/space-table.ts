/**
 * Tables pasted as plain text: the columns are lined up with runs of spaces (ASCII or
 * full-width) or TABs instead of cells. Under a header row that names its columns
 * (序号  地区  名称), each row's gaps become TABs, so the table reads like the one a Word or
 * HTML reader linearises. The rewrite keeps every offset: a gap of n blanks becomes k TABs
 * and n - k spaces. A single space stays inside a cell ("某某 合作社"); a row missing a cell
 * (a county merged down) keeps the others under their header words by position.
 */
import { splitHeader, type SpacePiece } from './space-subheader';
import { headerRoles, roleOf } from './table-columns';

/** A row's 序号 as written in its first cell. */
const SEQ = /^(\d{1,4}|[０-９]{1,4})$/;

/** A gap between cells: a TAB, or two blanks or more. */
const GAP = /\t[\t \u3000]*|[ \u3000]{2,}[\t \u3000]*/g;

/**
 * A narrower gap for lines whose cells are set apart by one full-width space (a table
 * flattened into lines on a web page: 序号　地区　名称). Only taken when the header line is
 * split that way, and only rows that split into no more cells than the header follow it,
 * so a name padded with one full-width space ends the table rather than splitting a cell.
 */
const IDEOGRAPHIC_GAP = /\t[\t \u3000]*|[ \u3000]{2,}[\t \u3000]*|\u3000/g;

/** A cell of a line; its columns count CJK and full-width characters two wide. */
type Piece = SpacePiece;

const wide = (ch: string): boolean =>
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u3000]/.test(
    ch,
  );

function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += ch === '\t' ? 4 : wide(ch) ? 2 : 1;
  return w;
}

/** The cells of a line split at its gaps (leading indentation is no cell). */
function splitLine(line: string, gap: RegExp): Piece[] {
  const pieces: Piece[] = [];
  let from = 0;
  const push = (end: number): void => {
    const text = line.slice(from, end);
    if (text.trim() !== '')
      pieces.push({
        text,
        at: from,
        col: displayWidth(line.slice(0, from)),
        width: displayWidth(text.trimEnd()),
      });
  };
  for (const m of line.matchAll(gap)) {
    const at = m.index ?? 0;
    push(at);
    from = at + m[0].length;
  }
  push(line.length);
  return pieces;
}

/**
 * The gap a header line splits its cells at: two blanks or more, else one full-width space.
 * A header of TABs only is a table the tab reader already takes as written.
 */
function gapOf(line: string): RegExp | null {
  const body = line.trim();
  if (/[ \u3000]{2}/.test(body) && isHeader(splitLine(line, GAP))) return GAP;
  if (body.includes('\u3000') && isHeader(splitLine(line, IDEOGRAPHIC_GAP))) return IDEOGRAPHIC_GAP;
  return null;
}

/** A header: two cells or more, at least two of them known column words. */
function isHeader(pieces: Piece[]): boolean {
  const texts = pieces.map((p) => p.text.trim());
  if (pieces.length < 2 || !headerRoles(texts)) return false;
  return texts.filter((t) => roleOf(t) !== null).length >= 2;
}

/**
 * The header column of each cell of a short row: the one it starts nearest to, in order.
 * Null when two cells fall under one column (the row is not lined up by position).
 */
function columnsOf(pieces: Piece[], header: Piece[]): number[] | null {
  const out: number[] = [];
  for (const p of pieces) {
    let best = 0;
    header.forEach((h, c) => {
      if (Math.abs(h.col - p.col) < Math.abs((header[best]?.col ?? 0) - p.col)) best = c;
    });
    if (out.length && best <= (out[out.length - 1] ?? -1)) return null;
    out.push(best);
  }
  return out;
}

/** The line with its gaps rewritten as TABs: `columns[k]` is the column of cell k. */
function tabbed(line: string, pieces: Piece[], columns: number[]): string {
  const chars = [...line].length === line.length ? line.split('') : null;
  if (!chars) return line;
  let prevEnd = 0;
  let prevCol = -1;
  pieces.forEach((p, k) => {
    const col = columns[k] ?? k;
    // TABs before the cell: one per column boundary crossed (leading empties count too).
    const tabs = k === 0 ? col : col - prevCol;
    const gapStart = k === 0 ? 0 : prevEnd;
    const room = p.at - gapStart;
    // A TAB the writer typed stays one boundary; blanks next to it are padding.
    const typed = chars.slice(gapStart, p.at).filter((ch) => ch === '\t').length;
    const n = Math.min(Math.max(tabs, typed), room);
    for (let i = gapStart; i < p.at; i++) if (chars[i] === '\t') chars[i] = ' ';
    for (let i = 0; i < n; i++) chars[gapStart + i] = '\t';
    prevEnd = p.at + p.text.trimEnd().length;
    prevCol = col;
  });
  return chars.join('');
}

/** A row of the table: two cells or more, no more than the header has. */
const isRow = (pieces: Piece[], width: number): boolean =>
  pieces.length >= 2 && pieces.length <= width;

/** Every full row starts its cells where the header starts its words (padded columns). */
function linedUp(rows: Piece[][], header: Piece[]): boolean {
  const full = rows.filter((r) => r.length === header.length);
  return (
    full.length > 0 &&
    full.every((r) => r.every((p, c) => Math.abs(p.col - (header[c]?.col ?? 0)) <= 2))
  );
}

/** The reading text: `text` with its gaps rewritten; `origin[i]` is the offset it came from. */
export interface TabbedText {
  text: string;
  origin: number[];
}

/**
 * The text with every space-aligned table's gaps turned into TABs. A table needs a header
 * and two rows; a line of one cell between rows (a group's heading, 二、县域类（2个）) gets a
 * TAB after it, so it reads as a row spanning the table, not as a cell wrapped onto a line.
 */
export function spaceTablesAsTabs(text: string): TabbedText {
  const lines = text.split('\n');
  const headings = new Set<number>();
  const leading = new Map<number, number>();
  for (let i = 0; i < lines.length; i++) {
    const gap = gapOf(lines[i] ?? '');
    if (!gap) continue;
    const piecesOf = (line: string): Piece[] => splitLine(line, gap);
    const header = piecesOf(lines[i] ?? '');
    // A two-row header: the second row splits a merged cell into the real columns.
    const subAt = nextFilledAt(lines, i);
    const split = subAt < 0 ? null : splitHeader(header, piecesOf(lines[subAt] ?? ''));
    const columns = split?.columns ?? header;
    const width = columns.length;
    const rows: number[] = [];
    const single: number[] = [];
    let j = (split ? subAt : i) + 1;
    for (; j < lines.length; j++) {
      const line = lines[j] ?? '';
      if (line.trim() === '') continue;
      const pieces = piecesOf(line);
      if (isRow(pieces, width)) rows.push(j);
      else if (pieces.length !== 1) break;
      else if (!isRow(piecesOf(nextFilled(lines, j) ?? ''), width)) break;
      else single.push(j);
    }
    if (rows.length < 2) continue;
    lines[i] = tabbed(lines[i] ?? '', header, split?.top ?? header.map((_, c) => c));
    if (split) lines[subAt] = tabbed(lines[subAt] ?? '', piecesOf(lines[subAt] ?? ''), split.sub);
    const lined = linedUp(
      rows.map((r) => piecesOf(lines[r] ?? '')),
      columns,
    );
    for (const r of rows) {
      const line = lines[r] ?? '';
      const pieces = piecesOf(line);
      const byOrder = pieces.map((_, c) => c);
      // Positions say which column a short row skipped when the full rows sit under the
      // header words (TABs have no width to measure); otherwise the row stays short and the
      // table reader re-aligns it (cells merged down after the 序号).
      const byPlace = lined && pieces.length < width && !line.includes('\t');
      const at = byPlace ? (columnsOf(pieces, columns) ?? byOrder) : byOrder;
      lines[r] = emptyEnd(tabbed(line, pieces, at), pieces.length < width);
      // A short row opening on its 序号 under a header whose 序号 is not first lost the
      // cells before it (a 类别 merged down): they are empty, the rest stay in place.
      const seqAt = columns.findIndex((h) => roleOf(h.text.trim()) === 'seq');
      if (
        !byPlace &&
        seqAt > 0 &&
        pieces.length + seqAt <= width &&
        SEQ.test(pieces[0]?.text.trim() ?? '')
      )
        leading.set(r, seqAt);
    }
    for (const s of single) if (!(lines[s] ?? '').includes('\t')) headings.add(s);
    i = j - 1;
  }
  const out: string[] = [];
  const origin: number[] = [];
  let at = 0;
  lines.forEach((line, k) => {
    const body = line.replace(/\r$/, '');
    const end = at + line.length;
    const withTab = headings.has(k) ? `${body}\t${line.slice(body.length)}` : line;
    const added = withTab.length - line.length;
    const lead = leading.get(k) ?? 0;
    for (let c = 0; c < lead; c++) origin.push(at);
    for (let c = 0; c < withTab.length; c++)
      origin.push(added && c >= body.length ? at + Math.max(body.length, c - added) : at + c);
    out.push('\t'.repeat(lead) + withTab);
    at = end + 1;
    if (k < lines.length - 1) origin.push(end);
  });
  return { text: out.join('\n'), origin };
}

/**
 * Blanks after a short row's last cell are its empty last cell (备注 left blank): a TAB there
 * keeps the row from being re-aligned as if a cell were merged down into it.
 */
function emptyEnd(line: string, short: boolean): string {
  const m = short ? /(?<=\S)[ \u3000]{2,}(\r?)$/.exec(line) : null;
  return m ? `${line.slice(0, m.index)}\t${line.slice(m.index + 1)}` : line;
}

function nextFilledAt(lines: string[], from: number): number {
  for (let k = from + 1; k < lines.length; k++) if ((lines[k] ?? '').trim() !== '') return k;
  return -1;
}

function nextFilled(lines: string[], from: number): string | undefined {
  for (let k = from + 1; k < lines.length; k++) if ((lines[k] ?? '').trim() !== '') return lines[k];
  return undefined;
}
