/**
 * .odt and .ods (OpenDocument, as LibreOffice and WPS save them): the zip is checked
 * against bomb limits, content.xml is inflated with a size cap and parsed by
 * odf-content.ts. A text document reads like a .docx (paragraphs and tables with their
 * merged cells expanded); a spreadsheet like an .xlsx (each sheet's name line unless it is
 * a default one, title rows merged across the sheet as paragraphs, the rest as tables).
 * meta.xml gives title/date/author hints.
 */
import type JSZip from 'jszip';
import { ReadError, type SourceDocument } from '../source-document';
import { ReadBudget } from './budget';
import { DocBuilder, type Hints } from './doc-builder';
import { emptyError } from './errors';
import { odfCellText, parseOdfContent, type OdfTable } from './odf-content';
import { emitGrid, gridOfRows, type PresentRow } from './sheet-rows';
import { finishTable, type FlowNode, type SpanCell } from './table-grid';
import { isWholeRowMerge, type Range } from './xlsx-reader';
import { inflateLimited, openOfficeZip } from './zip-guard';

function corruptOdf(kind: 'odt' | 'ods', detail = ''): ReadError {
  const what = kind === 'odt' ? 'OpenDocument 文本（.odt）' : 'OpenDocument 表格（.ods）';
  return new ReadError(
    `corrupt_${kind}`,
    `${what}文件已损坏或不完整${detail}，无法打开。请用 WPS 或 LibreOffice 打开后另存为 ${kind === 'odt' ? '.docx' : '.xlsx'} 再导入`,
  );
}

export async function readOdf(
  bytes: Uint8Array,
  kind: 'odt' | 'ods',
  budget: ReadBudget = new ReadBudget(),
): Promise<SourceDocument> {
  const zip = await openOfficeZip(bytes, () => corruptOdf(kind));
  const content = zip.file('content.xml');
  if (!content) throw corruptOdf(kind, '（缺少正文部分 content.xml）');
  let parsed;
  try {
    const xml = await inflateLimited(content, budget);
    parsed = parseOdfContent(xml, kind === 'ods' ? 'sheets' : 'text', textTable, budget);
  } catch (e) {
    throw e instanceof ReadError ? e : corruptOdf(kind, '（正文解压或解析失败）');
  }
  const b = new DocBuilder(budget);
  if (kind === 'odt') b.flow(parsed.flow);
  else for (const sheet of parsed.sheets) emitSheet(b, sheet, budget);
  if (b.isEmpty) throw emptyError();
  return b.build(kind, { hints: await metaHints(zip) });
}

/** A table in a text document: covered places are left to the spans that cover them. */
function textTable(t: OdfTable, budget: ReadBudget): FlowNode[] {
  const rows: SpanCell[][] = [];
  for (const row of t.rows) {
    const cells: SpanCell[] = [];
    for (const c of row.cells) {
      if (c.covered) continue;
      const copies = c.content.length === 0 ? Math.min(c.repeat, 1000) : c.repeat;
      budget.work(copies);
      for (let k = 0; k < copies; k++)
        cells.push({ content: c.content, colSpan: c.colSpan, rowSpan: c.rowSpan });
    }
    const empty = row.cells.every((c) => odfCellText(c) === '');
    const times = empty ? 1 : row.repeat;
    budget.work(times);
    for (let k = 0; k < times; k++) rows.push(cells);
  }
  return finishTable(rows, undefined, budget);
}

/**
 * A sheet: the cells that hold text, by sheet row and column, a merged cell's text repeated
 * into every place it covers (as Excel files read), then the same rows → blocks as .xlsx.
 */
function emitSheet(b: DocBuilder, sheet: OdfTable, budget: ReadBudget): void {
  const byRow = new Map<number, Map<number, string>>();
  const merges: Range[] = [];
  let r = 1;
  let width = 0;
  const put = (row: number, col: number, text: string): void => {
    let cells = byRow.get(row);
    if (!cells) byRow.set(row, (cells = new Map()));
    cells.set(col, text);
    if (col > width) width = col;
  };
  for (const row of sheet.rows) {
    const texts = row.cells.map((c) => (c.covered ? '' : odfCellText(c)));
    if (texts.every((t) => t === '')) {
      r += row.repeat;
      continue;
    }
    for (let k = 0; k < row.repeat; k++, r++) {
      let col = 1;
      row.cells.forEach((c, i) => {
        const text = texts[i] ?? '';
        if (text === '') {
          col += c.repeat;
          return;
        }
        budget.columns(col + c.repeat - 1, sheet.name);
        for (let n = 0; n < c.repeat; n++, col++) {
          put(r, col, text);
          if (c.colSpan > 1 || c.rowSpan > 1)
            merges.push({
              top: r,
              left: col,
              bottom: r + c.rowSpan - 1,
              right: col + c.colSpan - 1,
            });
        }
      });
      budget.cells(row.cells.length);
    }
  }
  for (const m of merges) {
    const text = byRow.get(m.top)?.get(m.left) ?? '';
    budget.columns(m.right, sheet.name);
    budget.work((m.bottom - m.top + 1) * (m.right - m.left + 1));
    for (let rr = m.top; rr <= m.bottom; rr++)
      for (let cc = m.left; cc <= m.right; cc++) put(rr, cc, text);
  }
  if (byRow.size === 0) return;
  budget.columns(width, sheet.name);
  budget.cells(byRow.size * 2 * width);
  const present: PresentRow[] = [...byRow.entries()]
    .sort((x, y) => x[0] - y[0])
    .map(([number, cells]) => ({ number, cells }));
  const { grid, rowNumbers } = gridOfRows(present, width);
  b.blank();
  if (!/^(sheet|工作表)\s*\d*$/i.test(sheet.name.trim())) b.paragraph(sheet.name);
  emitGrid(b, grid, (i, row) => {
    const n = rowNumbers[i];
    return n !== undefined && isWholeRowMerge(merges, n, row);
  });
}

/** meta.xml: dc:title, meta:creation-date (as YYYY-MM-DD), meta:initial-creator. Best effort. */
async function metaHints(zip: JSZip): Promise<Hints | undefined> {
  const meta = zip.file('meta.xml');
  if (!meta) return undefined;
  try {
    const xml = await inflateLimited(meta);
    const tag = (name: string): string | undefined =>
      new RegExp(`<${name}\\b[^>]*>([^<]*)</${name}>`).exec(xml)?.[1];
    return {
      title: tag('dc:title'),
      date: tag('meta:creation-date')?.slice(0, 10),
      author: tag('meta:initial-creator') ?? tag('dc:creator'),
    };
  } catch {
    // Properties are hints only: a damaged meta.xml must not fail a readable body.
    return undefined;
  }
}
