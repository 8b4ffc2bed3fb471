/**
 * The table of an approval attachment (序号 / 实验单位 / 实验主题 / 实验内容), sized to the
 * 156 mm text block. GB/T 9704 does not fix fonts inside tables (local rules do), so sizes
 * are settings: header 黑体 4号, body 仿宋 小四 by default — 小四 because 实验内容 runs to
 * several sentences and a 4-column table at 4号 fits only ~16 characters per content line.
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
import { exportLabel } from '../../../shared/record-fields';
import { halfPoints, HAO, runFont, type FontNames, type FontRole } from './fonts';
import { TEXT_WIDTH } from './page-setup';
import { splitParagraphs } from './paragraphs';

export interface AttachmentTableOptions {
  /** Header row size in points (default 14 = 4号). */
  headerSize?: number;
  /** Body size in points (default 12 = 小四). */
  bodySize?: number;
}

export interface AttachmentRow {
  unit: string;
  theme: string;
  content: string;
}

/** An approval attachment lists zones: the registry's zone headers for unit, theme and content. */
export const ATTACHMENT_HEADERS = [
  '序号',
  exportLabel('unit', 'zone'),
  exportLabel('title', 'zone'),
  exportLabel('content', 'zone'),
] as const;

/**
 * 14 / 35 / 40 mm for 序号 / 单位 / 主题, the rest (≈ 67 mm) for the content. 序号 must hold
 * "序号" in 4号 (28 pt) plus cell padding; a county-level unit name (7–9 characters) takes
 * two lines at most.
 */
const FIXED = [794, 1984, 2268];
export const COLUMN_WIDTHS = [...FIXED, TEXT_WIDTH - FIXED.reduce((s, w) => s + w, 0)];

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

interface CellText {
  paragraphs: string[];
  role: FontRole;
  size: number;
  align: (typeof AlignmentType)[keyof typeof AlignmentType];
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
  const texts = t.paragraphs.length > 0 ? t.paragraphs : [''];
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    margins: CELL_MARGINS,
    children: texts.map(
      (text) =>
        new Paragraph({
          alignment: t.align,
          spacing,
          children: [new TextRun({ text, size: halfPoints(t.size), font: runFont(fonts, t.role) })],
        }),
    ),
  });
}

export function attachmentTable(
  rows: readonly AttachmentRow[],
  fonts: FontNames,
  opts: AttachmentTableOptions = {},
): Table {
  const headerSize = opts.headerSize ?? HAO.si;
  const bodySize = opts.bodySize ?? HAO.xiaosi;
  const widths = COLUMN_WIDTHS;
  const header = new TableRow({
    // Repeated at the top of every page; never split across pages.
    tableHeader: true,
    cantSplit: true,
    children: ATTACHMENT_HEADERS.map((h, i) =>
      cell(fonts, widths[i] ?? 0, {
        paragraphs: [h],
        role: 'heiti',
        size: headerSize,
        align: AlignmentType.CENTER,
      }),
    ),
  });
  const body = rows.map(
    (r, i) =>
      new TableRow({
        cantSplit: true,
        children: [
          cell(fonts, widths[0] ?? 0, {
            paragraphs: [String(i + 1)],
            role: 'fangsong',
            size: bodySize,
            align: AlignmentType.CENTER,
          }),
          cell(fonts, widths[1] ?? 0, {
            paragraphs: [r.unit],
            role: 'fangsong',
            size: bodySize,
            align: AlignmentType.CENTER,
          }),
          cell(fonts, widths[2] ?? 0, {
            paragraphs: [r.theme],
            role: 'fangsong',
            size: bodySize,
            align: AlignmentType.CENTER,
          }),
          cell(fonts, widths[3] ?? 0, {
            paragraphs: splitParagraphs(r.content),
            role: 'fangsong',
            size: bodySize,
            align: AlignmentType.JUSTIFIED,
          }),
        ],
      }),
  );
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    borders: BORDERS,
    rows: [header, ...body],
  });
}
