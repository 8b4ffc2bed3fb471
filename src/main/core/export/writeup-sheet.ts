/**
 * 材料全文: the full write-ups the detail sheets cut short, one after another as in a
 * document: a bold heading row (一、单位：名称) and one row per paragraph, long paragraphs
 * split at sentence ends so no row passes the height a row can have (409 pt). Printed
 * portrait, one text column wide.
 */
import type { Workbook, Worksheet } from 'exceljs';
import type { LedgerRecord } from '../../../shared/domain';
import { toChinesePunctuation } from './chinese-punctuation';
import { chineseNumeral } from './chinese-numerals';
import { officialUnit } from './official-unit';
import { splitParagraphs } from './paragraphs';
import { addBodyRow, addFramedSheet, BODY_FONT } from './sheet-frame';
import type { SheetMeta } from './summary-sheet';

/** Characters per row: about 20 printed lines in the 90-unit column. */
const CHUNK = 800;

/** A paragraph in pieces of at most CHUNK characters, cut after a full stop where possible. */
export function chunkParagraph(p: string, size = CHUNK): string[] {
  const out: string[] = [];
  let rest = p;
  while (rest.length > size) {
    const head = rest.slice(0, size);
    const end = Math.max(head.lastIndexOf('。'), head.lastIndexOf('；'));
    const cut = end >= size / 2 ? end + 1 : size;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  if (rest) out.push(rest);
  return out;
}

export function writeWriteupSheet(
  wb: Workbook,
  records: readonly LedgerRecord[],
  meta: SheetMeta,
): Worksheet {
  const { ws } = addFramedSheet(wb, '材料全文', {
    title: '材料全文',
    ...meta,
    headerRows: [['序号', '单位、名称及材料全文']],
    widths: [6, 90],
    orientation: 'portrait',
  });
  records.forEach((r, i) => {
    const unit = officialUnit(r).text;
    const title = toChinesePunctuation(r.title?.trim() ?? '');
    const heading = `${chineseNumeral(i + 1)}、${[unit, title].filter(Boolean).join('：')}`;
    addBodyRow(ws, [i + 1, heading], {
      aligns: ['center', 'left'],
      font: { ...BODY_FONT, bold: true },
    });
    for (const p of splitParagraphs(r.content).map(toChinesePunctuation)) {
      for (const piece of chunkParagraph(p))
        addBodyRow(ws, ['', `　　${piece}`], { aligns: ['center', 'left'] });
    }
  });
  return ws;
}
