/**
 * One detail sheet per record kind (实验区 / 典型案例 / 观察点 / 其他名单): every record in
 * official order with 序号, the unit in its full official name, the status read from the
 * record, a drop-down on 状态 and a 合计 row that counts the rows still visible when filtered
 * (SUBTOTAL 103 over 序号, which every row has). Write-ups are cut to a few lines here; the
 * full text is in the 材料全文 sheet, so every row prints at a readable height.
 */
import type { Workbook, Worksheet } from 'exceljs';
import type { LedgerRecord, RecordKind } from '../../../shared/domain';
import { RECORD_KIND_LABELS } from '../../../shared/domain';
import { exportLabel } from '../../../shared/record-fields';
import { toChinesePunctuation } from './chinese-punctuation';
import { withSuffix } from './document-title';
import { officialUnit } from './official-unit';
import { provinceOf } from './provinces';
import { recordCode } from './record-order';
import { STATUS_CHOICES } from '../../../shared/derived-statuses';
import { addBodyRow, addFramedSheet, BODY_FONT, columnLetter } from './sheet-frame';
import { fitWidth, limitText, textUnits } from './sheet-rows';
import type { SheetMeta } from './summary-sheet';
import { UNIT_MAX_WIDTH, UNIT_WIDTH, unitLines } from './unit-lines';
import { programmeLabel } from './summary-counts';

/** Characters of a write-up shown in a detail row (about seven printed lines). */
export const DETAIL_TEXT_LIMIT = 150;

/** The write-up and title columns' widths. */
const CONTENT_WIDTH = 60;
const TITLE_WIDTH = 30;
/** 状态's width unless a status is longer: 已验收（优秀） would wrap its bracket alone. */
const STATUS_WIDTH = 10;
/** 省份 fits 新疆生产建设兵团 (8 characters), the longest name a province row has. */
export const PROVINCE_MAX_WIDTH = 18;
/**
 * 项目 fits a 19-character programme on one line (新疆维吾尔自治区城乡社区治理创新实验区: a
 * provincial programme carries its province's name); a longer one wraps rather than widen more.
 */
const PROGRAMME_MAX_WIDTH = 42;

export interface DetailRow {
  record: LedgerRecord;
  status: string;
  /** Number of the record's full write-up in the 材料全文 sheet, when it was cut here. */
  writeupNo?: number;
}

type Align = 'center' | 'left';
interface DetailColumn {
  header: string;
  width: number;
  align: Align;
  cell: (row: DetailRow) => string | number | null;
  /** Widest the column may grow to hold its longest value on one line (see fitWidth). */
  fitUpTo?: number;
}

/**
 * The sheet's columns. 实验主题 and 实验内容 stand only when some row fills them: a list of
 * places (a province's observation points, a batch confirmed without themes) would otherwise
 * hand the leader a column of blanks that reads as data missing, and shrink every printed row
 * to fit it on the page.
 */
function detailColumns(kind: RecordKind, rows: readonly DetailRow[]): DetailColumn[] {
  const header = (f: Parameters<typeof exportLabel>[0]) => exportLabel(f, kind);
  const filled = (f: 'title' | 'content') => rows.some(({ record }) => record[f]?.trim());
  const unitWidth = fitWidth(
    rows.map(({ record }) => officialUnit(record).text),
    UNIT_WIDTH,
    UNIT_MAX_WIDTH,
  );
  const columns: (DetailColumn | false)[] = [
    { header: '序号', width: 6, align: 'center', cell: () => null },
    {
      header: header('province'),
      width: 10,
      align: 'center',
      cell: ({ record: r }) => provinceOf(r.province, recordCode(r)).name,
      fitUpTo: PROVINCE_MAX_WIDTH,
    },
    {
      header: header('unit'),
      width: unitWidth,
      align: 'left',
      cell: ({ record }) => unitLines(officialUnit(record), unitWidth),
    },
    filled('title') && {
      header: header('title'),
      width: TITLE_WIDTH,
      align: 'left',
      cell: ({ record }) => toChinesePunctuation(record.title ?? ''),
    },
    filled('content') && {
      header: header('content'),
      width: CONTENT_WIDTH,
      align: 'left',
      cell: ({ record, writeupNo }) => {
        const content = toChinesePunctuation(record.content?.trim() ?? '');
        const more = writeupNo !== undefined ? `（全文见“材料全文”表第${writeupNo}篇）` : '';
        return limitText(content, DETAIL_TEXT_LIMIT, more);
      },
    },
    {
      header: header('programme'),
      width: 24,
      align: 'left',
      cell: ({ record }) => programmeLabel(record),
      fitUpTo: PROGRAMME_MAX_WIDTH,
    },
    { header: header('year'), width: 8, align: 'center', cell: ({ record }) => record.year },
    {
      header: header('status'),
      width: Math.ceil(Math.max(STATUS_WIDTH, ...rows.map(({ status }) => textUnits(status)))),
      align: 'center',
      cell: ({ status }) => status,
    },
  ];
  return columns.filter((c): c is DetailColumn => c !== false).map((c) => fitted(c, rows));
}

/** The column widened, within its fitUpTo, to hold its longest value on one line. */
function fitted(column: DetailColumn, rows: readonly DetailRow[]): DetailColumn {
  if (column.fitUpTo === undefined) return column;
  const values = rows.map((row) => column.cell(row)).filter((v) => typeof v === 'string');
  return { ...column, width: fitWidth(values, column.width, column.fitUpTo) };
}

export function writeDetailSheet(
  wb: Workbook,
  kind: RecordKind,
  rows: readonly DetailRow[],
  meta: SheetMeta & { statusChoices?: readonly string[] },
): Worksheet {
  const label = RECORD_KIND_LABELS[kind];
  const columns = detailColumns(kind, rows);
  const { ws, headerRow } = addFramedSheet(wb, label, {
    title: withSuffix(label, '名单'),
    ...meta,
    headerRows: [columns.map((c) => c.header)],
    widths: columns.map((c) => c.width),
  });
  const aligns = columns.map((c) => c.align);
  rows.forEach((row, i) => {
    addBodyRow(
      ws,
      columns.map((c, at) => (at === 0 ? i + 1 : c.cell(row))),
      { aligns },
    );
  });
  const first = headerRow + 1;
  const last = headerRow + Math.max(1, rows.length);
  addBodyRow(
    ws,
    columns.map((_, at) =>
      at === 0
        ? '合计'
        : at === 2
          ? // 序号 is on every row whatever the kind (an other-list has no unit): count it.
            { formula: `SUBTOTAL(103,A${first}:A${last})`, result: rows.length }
          : '',
    ),
    {
      aligns,
      font: { ...BODY_FONT, bold: true },
      mergeFirst: 2,
      numFmts: [undefined, undefined, '"共"0"项"'],
    },
  );
  const statusCol = columns.length;
  ws.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: last, column: statusCol } };
  const statusRange = `${columnLetter(statusCol)}${first}:${columnLetter(statusCol)}${last}`;
  addListValidation(ws, statusRange, meta.statusChoices ?? STATUS_CHOICES);
  return ws;
}

/**
 * A drop-down over a whole range: one <dataValidation sqref="H4:H100003">, not one per cell.
 * exceljs supports the range form at runtime but its typings lack it.
 */
export function addListValidation(ws: Worksheet, range: string, choices: readonly string[]): void {
  const dv = (ws as unknown as { dataValidations: { add(range: string, v: object): void } })
    .dataValidations;
  dv.add(range, {
    type: 'list',
    allowBlank: true,
    // A list formula is one quoted, comma-separated string; quotes inside would end it.
    formulae: [`"${choices.map((c) => c.replace(/[",]/g, '')).join(',')}"`],
    showErrorMessage: true,
    errorStyle: 'warning',
    errorTitle: '状态',
    error: `建议从列表中选择：${choices.join('、')}`,
  });
}
