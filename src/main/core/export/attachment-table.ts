/**
 * The table of a Word list (批复附件, case list, observation points, other lists), sized to
 * the 156 mm text block. GB/T 9704 does not fix fonts inside tables (local rules do): header
 * 黑体 4号; body 仿宋 小四 when a column holds write-ups (a 4-column table at 4号 fits ~16
 * characters per content line), else 4号. Column widths come from the content; place names
 * break only between levels, at the line breaks written here; a row may run onto the next page
 * when it is tall (the header row repeats there), short rows are kept whole.
 */
import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { fitColumns, type ColumnContent } from './column-widths';
import { halfPoints, HAO, runFont, type FontNames, type FontRole } from './fonts';
import type { ListColumn, ListRow } from './list-layout';
import { TEXT_WIDTH } from './page-setup';
import { ems, packSegments, paragraphLines } from './text-measure';

export interface AttachmentTableOptions {
  /** Header row size in points (default 14 = 4号). */
  headerSize?: number;
  /** Body size in points (default 12 = 小四 with a write-up column, else 14 = 4号). */
  bodySize?: number;
}

/** Thin (0.5 pt) single lines on every edge. */
const THIN = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const BORDERS = {
  top: THIN,
  bottom: THIN,
  left: THIN,
  right: THIN,
  insideHorizontal: THIN,
  insideVertical: THIN,
};

/** 1 mm left/right padding: enough air without stealing the narrow 序号 column. */
const CELL_MARGINS = { left: 57, right: 57, top: 28, bottom: 28 };
/** Room per cell beyond its text: padding plus a third of an em for the renderers' rounding. */
const SLACK_EMS = 0.35;
/** Rows up to this many lines never split across pages; taller ones may. */
const KEEP_WHOLE_LINES = 6;

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

interface CellText {
  lines: string[];
  role: FontRole;
  size: number;
  align: Align;
  /** Lines of one paragraph (a name broken between its levels) rather than paragraphs. */
  breaks?: boolean;
}

function cell(fonts: FontNames, width: number, t: CellText): TableCell {
  // Table cells ignore the document grid; exact 1.5 × size keeps rows equally tall in
  // Word, WPS and LibreOffice whatever the font's own line gap.
  const spacing = {
    line: Math.round(t.size * 1.5 * 20),
    lineRule: LineRuleType.EXACT,
    before: 0,
    after: 0,
  };
  const texts = t.lines.length > 0 ? t.lines : [''];
  const run = (text: string, i: number) =>
    new TextRun({
      text,
      break: t.breaks && i > 0 ? 1 : 0,
      size: halfPoints(t.size),
      font: runFont(fonts, t.role),
    });
  const paragraphs = t.breaks
    ? [new Paragraph({ alignment: t.align, spacing, children: texts.map(run) })]
    : texts.map((text) => new Paragraph({ alignment: t.align, spacing, children: [run(text, 0)] }));
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    margins: CELL_MARGINS,
    children: paragraphs,
  });
}

export interface SizedColumns {
  /** Twips per column, summing to the text block width. */
  twips: number[];
  /** Text width per column in ems of the body size. */
  ems: number[];
  bodySize: number;
  headerSize: number;
}

/** Widths from the content: see column-widths.ts. */
export function sizeColumns(
  columns: readonly ListColumn[],
  rows: readonly ListRow[],
  opts: AttachmentTableOptions = {},
): SizedColumns {
  const headerSize = opts.headerSize ?? HAO.si;
  const bodySize = opts.bodySize ?? (columns.some((c) => c.id === 'content') ? HAO.xiaosi : HAO.si);
  const emTwips = bodySize * 20;
  const extra = CELL_MARGINS.left + CELL_MARGINS.right + SLACK_EMS * emTwips;
  const totalEms = (TEXT_WIDTH - columns.length * extra) / emTwips;
  const scale = headerSize / bodySize;
  const contents: ColumnContent[] = columns.map((c, i) => {
    const headerEms = ems(c.header) * scale;
    if (c.kind === 'fixed') {
      const digits = ems(String(rows.length));
      return { kind: 'fixed', ems: Math.max(Math.min(headerEms, 2 * scale), digits) };
    }
    const cells = rows.map((r) => r[i] ?? []);
    // A short-text column (a theme, a case title) squeezed to three characters a line reads
    // as a column of syllables, even when it makes the table shorter: it keeps a readable
    // width, as does a write-up column.
    const longest = Math.max(0, ...cells.map((cell) => Math.max(0, ...cell.map(ems))));
    const readable = c.kind === 'text' ? Math.min(longest, c.id === 'content' ? 10 : 6.5) : 0;
    return {
      kind: c.kind,
      header: c.header,
      minEms: Math.max(Math.min(headerEms, 4 * scale), readable),
      cells,
    };
  });
  const widths = fitColumns(contents, totalEms);
  const twips = widths.map((w) => Math.floor(w * emTwips + extra));
  // Rounding leftovers go to the last column so the table is exactly the text block wide.
  const last = twips.length - 1;
  twips[last] = (twips[last] ?? 0) + TEXT_WIDTH - twips.reduce((s, w) => s + w, 0);
  return { twips, ems: widths, bodySize, headerSize };
}

const ALIGN: Record<ListColumn['align'], Align> = {
  center: AlignmentType.CENTER,
  justify: AlignmentType.JUSTIFIED,
};

/** The table's header row (repeated at the top of every page; never split across pages). */
function headerRow(columns: readonly ListColumn[], fonts: FontNames, size: SizedColumns): TableRow {
  return new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((c, i) =>
      cell(fonts, size.twips[i] ?? 0, {
        lines: [c.header],
        role: 'heiti',
        size: size.headerSize,
        align: AlignmentType.CENTER,
      }),
    ),
  });
}

/** The body rows, sized by the whole table's columns (a streamed export builds them in slices). */
export function bodyRows(
  columns: readonly ListColumn[],
  rows: readonly ListRow[],
  fonts: FontNames,
  size: SizedColumns,
): TableRow[] {
  return rows.map((r) => {
    let tallest = 1;
    const cells = columns.map((c, i) => {
      const width = size.ems[i] ?? 1;
      const value = r[i] ?? [];
      const lines = c.kind === 'name' ? packSegments(value, width) : value;
      // A packed line wider than the column is one long level, which breaks inside.
      tallest = Math.max(tallest, paragraphLines(c.kind === 'name' ? lines : value, width));
      return cell(fonts, size.twips[i] ?? 0, {
        lines,
        role: 'fangsong',
        size: size.bodySize,
        align: ALIGN[c.align],
        breaks: c.kind === 'name',
      });
    });
    return new TableRow({ cantSplit: tallest <= KEEP_WHOLE_LINES, children: cells });
  });
}

/** The table; `body: false` leaves the body rows out (streamed in later, see streamed-rows.ts). */
export function attachmentTable(
  columns: readonly ListColumn[],
  rows: readonly ListRow[],
  fonts: FontNames,
  opts: AttachmentTableOptions = {},
  body = true,
): Table {
  const size = sizeColumns(columns, rows, opts);
  return tableOf(size, [
    headerRow(columns, fonts, size),
    ...(body ? bodyRows(columns, rows, fonts, size) : []),
  ]);
}

/** A table of the given rows with the list's layout: fixed widths, centred, thin borders. */
export function tableOf(size: SizedColumns, rows: TableRow[]): Table {
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: size.twips,
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    borders: BORDERS,
    rows,
  });
}
