/**
 * Re-shapes the tables of a composed notice the way other offices lay out the same list:
 * a numbering column, a blank spacer column, a title row merged across the table, the
 * header typed again in the middle (a table pasted from two pages), group cells merged
 * down, a totals row. Every change keeps the listed entries, so the notice's gold stays valid.
 */
import { layoutGrid, type CellSpec } from '../unseen/spec';

type Cell = { text: string; rs: number; cs: number };
type Grid = (Cell | null)[][];

const HEADER_WORD =
  /序号|编号|名称|单位|地区|区域|地市|市州|县|乡镇|街道|村|社区|主题|项目|类别|类型|备注|名单|所在|推荐|申报|案例|地址|等级|批次/;

const toGrid = (rows: CellSpec[][]): Grid => layoutGrid(rows);

function toRows(grid: Grid): CellSpec[][] {
  return grid.map((row) =>
    row.flatMap((c): CellSpec[] =>
      c === null
        ? []
        : c.rs === 1 && c.cs === 1
          ? [c.text]
          : [{ t: c.text, ...(c.rs > 1 ? { rs: c.rs } : {}), ...(c.cs > 1 ? { cs: c.cs } : {}) }],
    ),
  );
}

const widthOf = (grid: Grid): number => Math.max(0, ...grid.map((r) => r.length));

/** How many rows the header takes (0 when the table starts with entries). */
export function headerRows(rows: CellSpec[][]): number {
  const grid = toGrid(rows);
  const first = (grid[0] ?? []).filter((c): c is Cell => c !== null && c.text.trim() !== '');
  if (first.length === 0) return 0;
  const headerLike = first.every((c) => c.text.length <= 10 && !/\d/.test(c.text));
  if (!headerLike || !first.some((c) => HEADER_WORD.test(c.text))) return 0;
  return Math.max(1, ...first.map((c) => c.rs));
}

/** A row that lists an entry: a filled cell of its own, not one group cell across the table. */
function entryRow(row: (Cell | null)[]): boolean {
  const own = row.filter((c): c is Cell => c !== null && c.text.trim() !== '');
  return own.length > 0 && !(own.length === 1 && row.length > 1 && own[0]!.cs >= row.length);
}

/** Inserts an empty column at `at`; merges crossing it grow by one. */
function insertColumn(grid: Grid, at: number, fill: (r: number) => string): Grid {
  const out: Grid = grid.map((row) => [...row]);
  const grown = new Set<Cell>();
  out.forEach((row, r) => {
    let crossing: Cell | null = null;
    // A merge crosses the new column when an origin left of it (this row or above) spans past it.
    for (let rr = r; rr >= 0 && !crossing; rr--) {
      for (let c = 0; c < at; c++) {
        const o = out[rr]?.[c];
        if (o && c + o.cs > at && rr + o.rs > r) crossing = o;
      }
    }
    if (crossing) {
      if (!grown.has(crossing)) {
        crossing.cs++;
        grown.add(crossing);
      }
      row.splice(at, 0, null);
    } else row.splice(at, 0, { text: fill(r), rs: 1, cs: 1 });
  });
  return out;
}

export function withNumberColumn(rows: CellSpec[][]): CellSpec[][] {
  const h = headerRows(rows);
  const grid = toGrid(rows);
  if (/序号|编号/.test(grid[0]?.[0]?.text ?? '')) return rows;
  let n = 0;
  const numbers = grid.map((row, r) => (r < h ? '' : entryRow(row) ? String(++n) : ''));
  const out = insertColumn(grid, 0, (r) => numbers[r] ?? '');
  if (h > 0 && out[0]?.[0]) {
    out[0][0] = { text: '序号', rs: h, cs: 1 };
    for (let r = 1; r < h; r++) if (out[r]) out[r]![0] = null;
  }
  return toRows(out);
}

export const withSpacerColumn = (rows: CellSpec[][]): CellSpec[][] =>
  toRows(insertColumn(toGrid(rows), Math.min(1, widthOf(toGrid(rows))), () => ''));

export function withTitleRow(rows: CellSpec[][], title: string): CellSpec[][] {
  const width = widthOf(toGrid(rows));
  return [[width > 1 ? { t: title, cs: width } : title], ...rows];
}

/** The header rows typed again at the table's middle, where no merge crosses. */
export function withRepeatedHeader(rows: CellSpec[][]): CellSpec[][] | null {
  const h = headerRows(rows);
  if (h === 0 || rows.length - h < 6) return null;
  const grid = toGrid(rows);
  const free = (k: number): boolean =>
    grid.every((row, r) => r >= k || row.every((c) => !c || r + c.rs <= k));
  const mid = Math.floor((h + rows.length) / 2);
  const at = [mid, mid + 1, mid - 1, mid + 2, mid - 2].find((k) => k > h && free(k));
  if (at === undefined) return null;
  return [...rows.slice(0, at), ...rows.slice(0, h), ...rows.slice(at)];
}

/** Equal neighbours down a column merged into one cell (a county written once for its rows). */
export function withGroupMerges(rows: CellSpec[][]): CellSpec[][] | null {
  const h = headerRows(rows);
  const grid = toGrid(rows);
  let merged = false;
  for (let c = 0; c < widthOf(grid); c++) {
    let origin: Cell | null = null;
    let originRow = -1;
    for (let r = h; r < grid.length; r++) {
      const cell = grid[r]?.[c] ?? null;
      const plain = cell !== null && cell.rs === 1 && cell.cs === 1;
      if (plain && origin && cell.text === origin.text && originRow + origin.rs === r) {
        origin.rs++;
        grid[r]![c] = null;
        merged = true;
      } else if (plain && cell.text.trim() !== '' && !/^\d+$/.test(cell.text)) {
        origin = cell;
        originRow = r;
      } else origin = null;
    }
  }
  return merged ? toRows(grid) : null;
}

export function withTotalsRow(rows: CellSpec[][]): CellSpec[][] {
  const h = headerRows(rows);
  const grid = toGrid(rows);
  const n = grid.slice(h).filter(entryRow).length;
  const width = widthOf(grid);
  return [...rows, width > 1 ? ['合计', { t: `共${n}个`, cs: width - 1 }] : [`合计${n}个`]];
}
