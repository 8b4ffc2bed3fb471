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
import { limitText, textUnits } from './sheet-rows';
import type { SheetMeta } from './summary-sheet';
import { programmeLabel } from './summary-counts';

/** Characters of a write-up shown in a detail row (about seven printed lines). */
export const DETAIL_TEXT_LIMIT = 150;

const STATUS_COL = 8;
/** The write-up and title columns' widths when some row has one; a column of blanks takes its header's. */
const CONTENT_WIDTH = 60;
const TITLE_WIDTH = 30;
const EMPTY_COLUMN_WIDTH = 12;
/** 状态's width unless a status is longer: 已验收（优秀） would wrap its bracket alone. */
const STATUS_WIDTH = 10;

export interface DetailRow {
  record: LedgerRecord;
  status: string;
  /** Number of the record's full write-up in the 材料全文 sheet, when it was cut here. */
  writeupNo?: number;
}

export function writeDetailSheet(
  wb: Workbook,
  kind: RecordKind,
  rows: readonly DetailRow[],
  meta: SheetMeta & { statusChoices?: readonly string[] },
): Worksheet {
  const label = RECORD_KIND_LABELS[kind];
  const header = (f: Parameters<typeof exportLabel>[0]) => exportLabel(f, kind);
  const { ws, headerRow } = addFramedSheet(wb, label, {
    title: withSuffix(label, '名单'),
    ...meta,
    headerRows: [
      [
        '序号',
        header('province'),
        header('unit'),
        header('title'),
        header('content'),
        header('programme'),
        header('year'),
        header('status'),
      ],
    ],
    // Fit to one page wide: an empty 60-unit column (or 30-unit title column: a list of
    // places has no themes) would shrink every printed row with it.
    widths: [
      6,
      10,
      24,
      rows.some(({ record }) => record.title?.trim()) ? TITLE_WIDTH : EMPTY_COLUMN_WIDTH,
      rows.some(({ record }) => record.content?.trim()) ? CONTENT_WIDTH : EMPTY_COLUMN_WIDTH,
      24,
      8,
      Math.ceil(Math.max(STATUS_WIDTH, ...rows.map(({ status }) => textUnits(status)))),
    ],
  });
  const aligns = ['center', 'center', 'left', 'left', 'left', 'left', 'center', 'center'] as const;
  rows.forEach(({ record: r, status, writeupNo }, i) => {
    const content = toChinesePunctuation(r.content?.trim() ?? '');
    const more = writeupNo !== undefined ? `（全文见“材料全文”表第${writeupNo}篇）` : '';
    addBodyRow(
      ws,
      [
        i + 1,
        provinceOf(r.province, recordCode(r)).name,
        officialUnit(r).text,
        toChinesePunctuation(r.title ?? ''),
        limitText(content, DETAIL_TEXT_LIMIT, more),
        programmeLabel(r),
        r.year,
        status,
      ],
      { aligns },
    );
  });
  const first = headerRow + 1;
  const last = headerRow + Math.max(1, rows.length);
  addBodyRow(
    ws,
    [
      '合计',
      '',
      // 序号 is on every row whatever the kind (an other-list has no unit): count it.
      { formula: `SUBTOTAL(103,A${first}:A${last})`, result: rows.length },
      '',
      '',
      '',
      '',
      '',
    ],
    {
      aligns,
      font: { ...BODY_FONT, bold: true },
      mergeFirst: 2,
      numFmts: [undefined, undefined, '"共"0"项"'],
    },
  );
  ws.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: last, column: STATUS_COL } };
  const statusRange = `${columnLetter(STATUS_COL)}${first}:${columnLetter(STATUS_COL)}${last}`;
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
