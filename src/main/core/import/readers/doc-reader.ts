/**
 * Old binary Word (.doc, and WPS's .wps, the same container) with word-extractor: the
 * main text only, as docx-reader reads only the body (headers, footers and footnotes are
 * left out in both). The container has been checked by ole-guard.ts first, so the library
 * only ever walks chains that end.
 *
 * Tables: the library ends every cell with a TAB; doc-rows.ts marks where each row ends
 * and which cells continue a merged cell, so the rows come out as the .docx reader gives
 * them (merged values repeated). See docFlow() for how a row's start is found.
 */
import BufferReader from 'word-extractor/lib/buffer-reader';
import { ReadError, type SourceDocument } from '../source-document';
import { ReadBudget } from './budget';
import { DocBuilder } from './doc-builder';
import { emptyError } from './errors';
import { ROW_END, RowMarkingExtractor, type RowMerges } from './doc-rows';
import type { FlowNode } from './table-grid';

function corruptDoc(): ReadError {
  return new ReadError(
    'corrupt_doc',
    'Word 文件（.doc）已损坏、版本过旧或格式无法识别，无法读取。请用 Word 或 WPS 打开后另存为 .docx 再导入',
  );
}

export async function readDoc(
  bytes: Uint8Array,
  budget: ReadBudget = new ReadBudget(),
): Promise<SourceDocument> {
  let body: string;
  const extractor = new RowMarkingExtractor();
  try {
    const doc = await extractor.extract(
      new BufferReader(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)),
    );
    // filterUnicode would turn Chinese quotes “” into ASCII ones: keep the text as written.
    body = doc.getBody({ filterUnicode: false });
  } catch (e) {
    if (e instanceof ReadError) throw e;
    throw corruptDoc();
  }
  budget.checkClock();
  const b = new DocBuilder(budget);
  b.flow(docFlow(body, extractor.rows, budget));
  if (b.isEmpty) throw emptyError();
  return b.build('doc');
}

/**
 * The body's lines → paragraphs and tables. A line ending at a row-end mark closes a
 * table row (without marks, as the library alone gives it: a line ending in TAB). A cell
 * with several paragraphs splits its row over several lines: a line that holds a TAB
 * (cells already ended) opens a row, and the lines up to the row end complete it (joined
 * with a space, as table-grid.ts joins a cell's paragraphs). Outside a table such a line
 * opens a row only when a row end follows within a few non-empty lines, so tab-aligned
 * prose stays prose. Blind spot: a row whose FIRST cell has several paragraphs starts
 * with lines that look like prose, and they stay prose.
 */
export function docFlow(body: string, merges: RowMerges[], budget: ReadBudget): FlowNode[] {
  const marked = body.includes(ROW_END);
  const lines: string[] = [];
  const ends: boolean[] = [];
  for (const part of body.replace(/\r\n?/g, '\n').split(/(?<=\n|\uE000)/)) {
    const isRowEnd = marked ? part.endsWith(ROW_END) : part.replace(/\n$/, '').endsWith('\t');
    lines.push(part.replace(/[\n\uE000]$/, ''));
    ends.push(isRowEnd);
  }
  const out: FlowNode[] = [];
  let rows: string[][] = [];
  let rowIndex = 0;
  const endTable = (): void => {
    if (rows.length > 0) out.push(tableNode(rows, budget));
    rows = [];
  };
  for (let i = 0; i < lines.length; i++) {
    budget.tick();
    const line = lines[i] ?? '';
    const rowEnd = ends[i]
      ? i
      : line.includes('\t')
        ? rowEndAfter(lines, ends, i, rows.length > 0)
        : -1;
    if (rowEnd >= 0) {
      const joined = lines
        .slice(i, rowEnd + 1)
        .filter((l) => l.trim() !== '')
        .join(' ');
      const cells = joined.replace(/\t$/, '').split('\t');
      rows.push(merged(cells, rows[rows.length - 1], marked ? merges[rowIndex] : undefined));
      rowIndex++;
      i = rowEnd;
      continue;
    }
    endTable();
    out.push(line.trim() === '' ? { kind: 'blank' } : { kind: 'para', text: line });
  }
  endTable();
  return out;
}

/** Where the row opened at line `i` ends, or -1 when no row end follows closely enough. */
function rowEndAfter(lines: string[], ends: boolean[], i: number, inTable: boolean): number {
  const reach = inTable ? 200 : 8;
  for (let k = i + 1; k < lines.length && k <= i + reach; k++) {
    if (ends[k]) return k;
    if (!inTable && (lines[k] ?? '').trim() === '') return -1;
  }
  return -1;
}

/** A row's cells with merged ones given the value they continue (above, or on the left). */
function merged(cells: string[], above: string[] | undefined, m: RowMerges | undefined): string[] {
  if (!m) return cells;
  return cells.reduce<string[]>((row, text, c) => {
    if (m.fromAbove[c] && text.trim() === '' && above?.[c] !== undefined) row.push(above[c]);
    else if (m.fromLeft[c] && text.trim() === '' && c > 0) row.push(row[c - 1] ?? '');
    else row.push(text);
    return row;
  }, []);
}

/**
 * Rows as Word stored them: a cell merged across columns is one cell, so a row with a
 * single cell in a wider table (a category heading "一、城区类") spans the whole row and
 * its text is repeated into every column, as the .docx reader gives the same merge.
 */
function tableNode(rows: string[][], budget: ReadBudget): FlowNode {
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  budget.columns(width);
  budget.cells(rows.length * width);
  const grid = rows.map((r) =>
    r.length === 1 && width > 1 ? Array<string>(width).fill(r[0] ?? '') : r,
  );
  return { kind: 'table', rows: grid };
}
