/**
 * One detail sheet per record kind (实验区 / 典型案例 / 观察点 / 其他名单): every record in
 * official order with 序号, a drop-down on 状态 and a 合计 row that counts the rows still
 * visible when filtered (SUBTOTAL 103).
 */
import type { Workbook, Worksheet } from 'exceljs';
import type { LedgerRecord, RecordKind } from '../../../shared/domain';
import { RECORD_KIND_LABELS } from '../../../shared/domain';
import { exportLabel } from '../../../shared/record-fields';
import { provinceOf } from './provinces';
import { recordCode, unitText } from './record-order';
import { addBodyRow, addFramedSheet, BODY_FONT, columnLetter } from './sheet-frame';
import type { SheetMeta } from './summary-sheet';
import { programmeLabel } from './summary-counts';

/** Values staff choose from; other values already in the ledger are still accepted (warning only). */
export const DEFAULT_STATUS_CHOICES = ['实验中', '已验收', '已延期', '已终止'];

const STATUS_COL = 8;

export function writeDetailSheet(
  wb: Workbook,
  kind: RecordKind,
  records: readonly LedgerRecord[],
  meta: SheetMeta & { statusChoices?: string[] },
): Worksheet {
  const label = RECORD_KIND_LABELS[kind];
  const header = (f: Parameters<typeof exportLabel>[0]) => exportLabel(f, kind);
  const { ws, headerRow } = addFramedSheet(wb, label, {
    title: `${label}名单`,
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
    widths: [6, 10, 22, 28, 60, 24, 8, 10],
  });
  const aligns = ['center', 'center', 'left', 'left', 'left', 'left', 'center', 'center'] as const;
  records.forEach((r, i) => {
    addBodyRow(
      ws,
      [
        i + 1,
        provinceOf(r.province, recordCode(r)).name,
        unitText(r),
        r.title ?? '',
        r.content ?? '',
        programmeLabel(r),
        r.year,
        r.status ?? '',
      ],
      { aligns },
    );
  });
  const first = headerRow + 1;
  const last = headerRow + Math.max(1, records.length);
  addBodyRow(
    ws,
    [
      '合计',
      '',
      { formula: `SUBTOTAL(103,C${first}:C${last})`, result: records.length },
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
  addListValidation(ws, statusRange, meta.statusChoices ?? DEFAULT_STATUS_CHOICES);
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
