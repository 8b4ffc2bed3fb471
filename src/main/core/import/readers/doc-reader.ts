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
  let rows: DocRow[] = [];
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
      rows.push({ cells, merges: marked ? merges[rowIndex] : undefined });
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

interface DocRow {
  cells: string[];
  merges: RowMerges | undefined;
}

/**
 * Rows → the full grid the .docx reader gives. With the cell definitions, every row's
 * cell edges together give the table's columns, a cell covers the columns between its
 * edges (its text repeated into each, as a merged cell is expanded everywhere), and a
 * cell continuing a vertical merge takes the value above. Without them (or when a row's
 * cells and definitions disagree), a row with a single cell in a wider table is taken as
 * merged across the row, and the rest is padded.
 */
function tableNode(rows: DocRow[], budget: ReadBudget): FlowNode {
  const defined = rows.every((r) => r.merges && r.merges.edges.length === r.cells.length + 1);
  const grid = defined ? gridFromEdges(rows, budget) : rows.map((r) => r.cells);
  const width = grid.reduce((w, r) => Math.max(w, r.length), 0);
  budget.columns(width);
  budget.cells(grid.length * width);
  return {
    kind: 'table',
    rows: grid.map((r) =>
      r.length === 1 && width > 1 ? Array<string>(width).fill(r[0] ?? '') : r,
    ),
  };
}

function gridFromEdges(rows: DocRow[], budget: ReadBudget): string[][] {
  // Edges a hair apart (rows dragged by hand) are one column edge: within 1 mm (57 twips).
  const sorted = [...new Set(rows.flatMap((r) => r.merges?.edges ?? []))].sort((a, b) => a - b);
  const column = new Map<number, number>();
  let count = -1;
  let last = -Infinity;
  for (const e of sorted) {
    if (e - last > 57) count++;
    column.set(e, count);
    last = e;
  }
  budget.columns(count);
  const grid: string[][] = [];
  for (const { cells, merges } of rows) {
    const m = merges as RowMerges;
    const line = Array<string>(Math.max(0, count)).fill('');
    const above = grid[grid.length - 1];
    cells.forEach((text, c) => {
      const from = column.get(m.edges[c] ?? 0) ?? 0;
      const to = Math.max(from + 1, column.get(m.edges[c + 1] ?? 0) ?? 0);
      budget.work(to - from);
      for (let k = from; k < to; k++) {
        if (m.fromAbove[c] && text.trim() === '' && above) line[k] = above[k] ?? '';
        else if (m.fromLeft[c] && text.trim() === '' && k > 0) line[k] = line[k - 1] ?? '';
        else line[k] = text;
      }
    });
    grid.push(line);
  }
  return grid;
}
