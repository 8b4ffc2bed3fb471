/**
 * Excel and CSV forms: the title merged across the table's width, paragraphs as one-cell
 * rows (填报单位, 注), tables on a grid with their merges (CSV keeps the value in the
 * first cell of a merge only, as Excel's own export does). A notice made of `sheet` blocks
 * becomes a workbook with one worksheet per sheet, each with its own title row.
 */
import ExcelJS from 'exceljs';
import {
  isSheet,
  layoutGrid,
  type Block,
  type LayoutBlock,
  type NoticeSpec,
  type SheetBlock,
} from './spec';

type Row = (string | null)[];

/** Layout wrappers mean nothing in a sheet: their blocks are read in order. */
const flatLayout = (blocks: Block[]): Exclude<Block, LayoutBlock>[] =>
  blocks.flatMap((b) => ('layout' in b ? flatLayout(b.layout) : [b]));

interface SheetRows {
  name: string;
  rows: Row[];
  merges: [number, number, number, number][];
  width: number;
}

function rowsOf(name: string, title: string | undefined, blocks: Block[]): SheetRows {
  const rows: Row[] = [];
  const merges: [number, number, number, number][] = [];
  const width = Math.max(
    2,
    ...flatLayout(blocks).map((b) =>
      'table' in b ? Math.max(0, ...layoutGrid(b.table).map((row) => row.length)) : 0,
    ),
  );
  if (title !== undefined) {
    rows.push([title]);
    merges.push([1, 1, 1, width]);
  }
  for (const b of flatLayout(blocks)) {
    if (isSheet(b)) throw new Error(`sheet "${b.sheet}" inside a sheet`);
    if ('table' in b) {
      const grid = layoutGrid(b.table);
      const base = rows.length;
      grid.forEach((row, r) => {
        rows.push(row.map((c) => c?.text ?? null));
        row.forEach((c, col) => {
          if (c && (c.rs > 1 || c.cs > 1))
            merges.push([base + r + 1, col + 1, base + r + c.rs, col + c.cs]);
        });
      });
    } else if ('ol' in b) {
      for (const t of b.ol) rows.push([t]);
    } else {
      rows.push(['p' in b ? b.p : b.h]);
    }
  }
  return { name, rows, merges, width };
}

/** The worksheets of a notice: one per `sheet` block, or one sheet headed by the title. */
function sheetsOf(spec: NoticeSpec): SheetRows[] {
  const sheets = spec.blocks.filter(isSheet);
  if (sheets.length === 0) return [rowsOf('Sheet1', spec.title, spec.blocks)];
  if (sheets.length !== spec.blocks.length)
    throw new Error('a workbook notice has either sheets only or no sheets');
  return sheets.map((s: SheetBlock) => rowsOf(s.sheet, s.title, s.blocks));
}

export async function buildXlsx(spec: NoticeSpec): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.title = spec.title;
  for (const { name, rows, merges } of sheetsOf(spec)) {
    const ws = wb.addWorksheet(name);
    rows.forEach((row, r) => {
      row.forEach((v, c) => {
        if (v === null) return;
        // Numbers typed as numbers and dates as dates, the way staff fill sheets in.
        const cell = ws.getCell(r + 1, c + 1);
        if (/^\d{1,4}$/.test(v)) cell.value = Number(v);
        else if (/^\d{4}-\d{2}-\d{2}$/.test(v)) cell.value = new Date(`${v}T00:00:00Z`);
        else cell.value = v;
      });
    });
    for (const [r1, c1, r2, c2] of merges) ws.mergeCells(r1, c1, r2, c2);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const csvField = (v: string | null): string => {
  const s = v ?? '';
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** CSV has one sheet: a notice made of sheets cannot be written as CSV. */
export function buildCsvText(spec: NoticeSpec): string {
  const sheets = sheetsOf(spec);
  if (sheets.length !== 1 || spec.blocks.some(isSheet))
    throw new Error('a CSV notice has no sheets');
  const { rows, width } = sheets[0] as SheetRows;
  return (
    rows
      .map((r) => Array.from({ length: width }, (_, i) => csvField(r[i] ?? null)).join(','))
      .join('\r\n') + '\r\n'
  );
}
