/**
 * OpenDocument content.xml (LibreOffice, WPS) → flow nodes (text documents) or sheets
 * (spreadsheets), with a streaming parse and explicit stacks like docx-body.ts.
 *
 * Text: text:p and text:h are paragraphs; text:s gives its count of spaces, text:tab a TAB,
 * text:line-break a line break. Not text: notes, annotations, tracked deletions.
 * Tables: table:table-row / table:table-cell with number-columns-spanned and
 * number-rows-spanned; table:covered-table-cell is the place a span covers (filled from the
 * span, never from its own text); number-columns-repeated / number-rows-repeated repeat a
 * cell or row, and an empty repeat (a sheet's million blank rows) costs nothing.
 */
import { ReadBudget } from './budget';
import { walkXml } from './guarded-xml';
import type { FlowNode } from './table-grid';

export interface OdfCell {
  content: FlowNode[];
  colSpan: number;
  rowSpan: number;
  covered: boolean;
  repeat: number;
  /** A date cell's value (YYYY-MM-DD): its displayed text follows the maker's locale. */
  date?: string;
}

export interface OdfRow {
  cells: OdfCell[];
  repeat: number;
}

export interface OdfTable {
  name: string;
  rows: OdfRow[];
}

export interface OdfContent {
  /** Text documents: the body in order, tables already made by `tableNodes`. */
  flow: FlowNode[];
  /** Spreadsheets: each top-level table (sheet) as parsed. */
  sheets: OdfTable[];
}

const SKIPPED = new Set([
  'text:note',
  'office:annotation',
  'text:tracked-changes',
  'office:forms',
  'svg:title',
  'svg:desc',
  'text:sequence-decls',
]);

/** Repeats larger than this are cut: only a sheet's blank filler repeats so often. */
const MAX_REPEAT = 10_000;

/**
 * `sheets`: a spreadsheet, whose top-level tables are its sheets; otherwise every table
 * becomes flow nodes through `tableNodes` where it stands.
 */
export function parseOdfContent(
  xml: string,
  mode: 'text' | 'sheets',
  tableNodes: (t: OdfTable, budget: ReadBudget) => FlowNode[],
  budget: ReadBudget = new ReadBudget(),
): OdfContent {
  const body: FlowNode[] = [];
  const sheets: OdfTable[] = [];
  const containers: FlowNode[][] = [body];
  const paragraphs: string[] = [];
  const tables: OdfTable[] = [];

  const container = (): FlowNode[] => containers[containers.length - 1] as FlowNode[];
  const appendText = (s: string): void => {
    if (paragraphs.length > 0) paragraphs[paragraphs.length - 1] += s;
  };
  const openCell = (attrs: Record<string, string>, covered: boolean): void => {
    const t = tables[tables.length - 1];
    const cell: OdfCell = {
      content: [],
      colSpan: count(attrs['table:number-columns-spanned'], 1),
      rowSpan: count(attrs['table:number-rows-spanned'], 1),
      covered,
      repeat: Math.min(MAX_REPEAT, count(attrs['table:number-columns-repeated'], 1)),
    };
    const date = /^\d{4}-\d{2}-\d{2}/.exec(attrs['office:date-value'] ?? '')?.[0];
    if (attrs['office:value-type'] === 'date' && date) cell.date = date;
    t?.rows[t.rows.length - 1]?.cells.push(cell);
    containers.push(cell.content);
  };

  walkXml(xml, budget, 'OpenDocument 文档的结构', SKIPPED, {
    open(name, attrs) {
      switch (name) {
        case 'text:p':
        case 'text:h':
          paragraphs.push('');
          break;
        case 'text:s':
          appendText(' '.repeat(Math.min(100, count(attrs['text:c'], 1))));
          break;
        case 'text:tab':
          appendText('\t');
          break;
        case 'text:line-break':
          appendText('\n');
          break;
        case 'table:table':
          tables.push({ name: attrs['table:name'] ?? '', rows: [] });
          break;
        case 'table:table-row':
          tables[tables.length - 1]?.rows.push({
            cells: [],
            repeat: Math.min(MAX_REPEAT, count(attrs['table:number-rows-repeated'], 1)),
          });
          break;
        case 'table:table-cell':
          openCell(attrs, false);
          break;
        case 'table:covered-table-cell':
          openCell(attrs, true);
          break;
      }
    },
    text(data) {
      appendText(data);
    },
    close(name) {
      switch (name) {
        case 'text:p':
        case 'text:h': {
          const text = paragraphs.pop() ?? '';
          container().push(text.trim() === '' ? { kind: 'blank' } : { kind: 'para', text });
          break;
        }
        case 'table:table-cell':
        case 'table:covered-table-cell':
          if (containers.length > 1) containers.pop();
          break;
        case 'table:table': {
          const t = tables.pop();
          if (!t) break;
          if (tables.length === 0 && containers.length === 1 && mode === 'sheets') sheets.push(t);
          else for (const n of tableNodes(t, budget)) container().push(n);
          break;
        }
      }
    },
  });
  return { flow: body, sheets };
}

function count(v: string | undefined, fallback: number): number {
  const n = v === undefined ? NaN : parseInt(v, 10);
  return Number.isFinite(n) && n >= 1 ? n : fallback;
}

/** A cell's text: its paragraphs, one per line (a date cell: its date). */
export function odfCellText(cell: Pick<OdfCell, 'content' | 'date'>): string {
  if (cell.date) return cell.date;
  return cell.content
    .flatMap((n) =>
      n.kind === 'para'
        ? [n.text.trim()]
        : n.kind === 'table'
          ? n.rows.map((r) => r.join(' '))
          : [],
    )
    .filter((s) => s !== '')
    .join('\n');
}
