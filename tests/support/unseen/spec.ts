/**
 * The textual description of one composed notice (tests/fixtures/unseen/*.notice.json) and
 * the records we expect from it (*.expected.json). Binary forms (.docx/.xlsx/.pdf, encoded
 * .txt/.html/.csv) are built from these at test time, so nothing binary is committed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Every form the builder can make a composed notice in. */
export const FORMATS = [
  'docx',
  'doc',
  'pdf',
  'ofd',
  'rtf',
  'odt',
  'xlsx',
  'xls',
  'ods',
  'csv',
  'html',
  'mht',
  'txt',
] as const;
export type Format = (typeof FORMATS)[number];
export type Encoding =
  | 'utf-8'
  | 'utf-8-bom'
  | 'gb18030'
  | 'gbk'
  | 'utf-16le'
  | 'utf-16le-nobom'
  | 'utf-16be'
  | 'utf-16be-nobom'
  | 'big5';

/** A table cell; rs/cs span rows/columns the way Word, Excel and HTML merge cells. */
export type CellSpec = string | { t: string; rs?: number; cs?: number };

export type Block =
  | { p: string }
  | { h: string }
  | { ol: string[] }
  | { table: CellSpec[][] }
  | LayoutBlock
  | SheetBlock;

/**
 * Blocks a web page wraps in a layout table (the list then sits in a table inside a table).
 * Outside HTML the wrapper disappears and its blocks read in order.
 */
export interface LayoutBlock {
  layout: Block[];
}

/**
 * One worksheet of a workbook with several sheets: its own name, its own title row (merged
 * across the sheet's width) and its own blocks. Outside a workbook a sheet reads as its title
 * line followed by its blocks.
 */
export interface SheetBlock {
  sheet: string;
  title?: string;
  blocks: Block[];
}

export const isSheet = (b: Block): b is SheetBlock => 'sheet' in b;

/** A block that is neither a sheet nor a layout wrapper. */
export type PlainBlock = Exclude<Block, SheetBlock | LayoutBlock>;

/** The blocks of a notice with its sheets and layout wrappers opened up. */
export function flatBlocks(blocks: Block[]): PlainBlock[] {
  return blocks.flatMap((b) => {
    if (isSheet(b)) return [...(b.title ? [{ h: b.title }] : []), ...flatBlocks(b.blocks)];
    if ('layout' in b) return flatBlocks(b.layout);
    return [b];
  });
}

export interface NoticeSpec {
  format: Format;
  encoding?: Encoding;
  /** Write the notice in traditional characters (big5 pages, converted reprints). */
  traditional?: boolean;
  /** HTML: wrap the body in site navigation, breadcrumb, share bar and footer. */
  chrome?: boolean;
  /** HTML with chrome: the page's date/source line (default: a fixed 发布时间 line). */
  info?: string;
  /** HTML: the site's name (page title suffix and footer), default a provincial department's. */
  site?: string;
  /**
   * HTML: the charset the page's meta declares when it is not the one its bytes are in (a
   * GB18030 page saved with a meta saying utf-8, a Big5 page whose meta says gb2312).
   */
  declaredCharset?: string;
  title: string;
  blocks: Block[];
  /** Word/PDF: a running header on every page (and page numbers in the footer). */
  pageHeader?: string;
  /** Word/PDF with a running header: page numbers as a browser prints them (1/2), not — 1 —. */
  pageOfTotal?: boolean;
  /** Word/PDF: the tables' width in percent of the page (narrow columns wrap their cells). */
  tableWidth?: number;
}

export interface ExpectedRecord {
  seq: number | null;
  /** The place written in full, for checking the expected code itself. */
  region: string;
  code: string;
  unitCode?: string;
  title: string;
}

export interface Expected {
  about: string;
  records: ExpectedRecord[];
}

export interface UnseenNotice {
  id: string;
  spec: NoticeSpec;
  expected: Expected;
}

export function loadUnseen(dir: string): UnseenNotice[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.notice.json'))
    .sort()
    .map((f) => {
      const id = f.replace(/\.notice\.json$/, '');
      const spec = JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as NoticeSpec;
      const expected = JSON.parse(
        readFileSync(path.join(dir, `${id}.expected.json`), 'utf8'),
      ) as Expected;
      return { id, spec, expected };
    });
}

export const cellText = (c: CellSpec): string => (typeof c === 'string' ? c : c.t);

/**
 * Places a table's cells on a full grid: covered positions hold null, each origin keeps its
 * spans. Excel, CSV and HTML builders all need the column each cell lands in.
 */
export function layoutGrid(
  rows: CellSpec[][],
): ({ text: string; rs: number; cs: number } | null)[][] {
  const grid: ({ text: string; rs: number; cs: number } | null)[][] = [];
  const covered = new Set<string>();
  rows.forEach((row, r) => {
    grid[r] ??= [];
    let c = 0;
    for (const cell of row) {
      while (covered.has(`${r},${c}`)) {
        (grid[r] as unknown[])[c] = null;
        c++;
      }
      const rs = typeof cell === 'string' ? 1 : (cell.rs ?? 1);
      const cs = typeof cell === 'string' ? 1 : (cell.cs ?? 1);
      (grid[r] as unknown[])[c] = { text: cellText(cell), rs, cs };
      for (let dr = 0; dr < rs; dr++) {
        for (let dc = 0; dc < cs; dc++) if (dr || dc) covered.add(`${r + dr},${c + dc}`);
      }
      // The rest of a horizontal merge is covered in this row too, also at the row's end.
      for (let dc = 1; dc < cs; dc++) (grid[r] as unknown[])[c + dc] = null;
      c += cs;
    }
    // Trailing positions covered by a merge from above.
    while (covered.has(`${r},${c}`)) {
      (grid[r] as unknown[])[c] = null;
      c++;
    }
  });
  return grid;
}
