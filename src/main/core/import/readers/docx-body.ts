/**
 * word/document.xml → flow nodes, with a streaming (SAX) parse and explicit stacks, so a
 * hostile file with thousands of nested tables cannot overflow the call stack.
 *
 * What counts as text: w:t (runs, hyperlinks, fields' displayed results, content
 * controls, text boxes); w:tab → TAB, w:br/w:cr → line break. Not text: deleted or
 * moved-away revisions (w:delText, w:moveFrom), field codes (w:instrText) and the VML
 * fallback copy of text boxes (mc:Fallback), which would otherwise appear twice.
 * Tables: w:gridSpan spans columns, w:vMerge (absent/"continue") repeats the cell above,
 * w:gridBefore leaves empty columns; see table-grid.ts for the grid and layout rule.
 */
import { ReadBudget } from './budget';
import { walkXml } from './guarded-xml';
import { finishTable, type FlowNode, type SpanCell } from './table-grid';

interface TableState {
  rows: SpanCell[][];
  gridBefore: number;
}

const SKIPPED = new Set(['w:delText', 'w:instrText', 'w:moveFrom', 'mc:Fallback', 'w:del']);

export function parseDocumentXml(xml: string, budget: ReadBudget = new ReadBudget()): FlowNode[] {
  const body: FlowNode[] = [];
  const containers: FlowNode[][] = [body];
  const paragraphs: string[] = [];
  const tables: TableState[] = [];
  const cells: SpanCell[] = [];
  let inText = 0;

  const container = (): FlowNode[] => containers[containers.length - 1] as FlowNode[];
  const appendText = (s: string): void => {
    if (paragraphs.length > 0) paragraphs[paragraphs.length - 1] += s;
  };

  walkXml(xml, budget, 'Word 文档的结构', SKIPPED, {
    open(name, attrs) {
      switch (name) {
        case 'w:p':
          paragraphs.push('');
          break;
        case 'w:t':
          inText++;
          break;
        case 'w:tab':
          // w:tab inside w:tabs (paragraph properties) is a tab stop, not a character.
          if (attrs['w:val'] === undefined) appendText('\t');
          break;
        case 'w:br':
        case 'w:cr':
          appendText('\n');
          break;
        case 'w:noBreakHyphen':
          appendText('-');
          break;
        case 'w:tbl':
          tables.push({ rows: [], gridBefore: 0 });
          break;
        case 'w:tr': {
          const t = tables[tables.length - 1];
          if (t) {
            t.rows.push([]);
            t.gridBefore = 0;
          }
          break;
        }
        case 'w:gridBefore': {
          const t = tables[tables.length - 1];
          // It sits in w:trPr before the row's first w:tc, so it belongs to the innermost table.
          if (t) t.gridBefore = intAttr(attrs['w:val'], 0);
          break;
        }
        case 'w:tc': {
          const t = tables[tables.length - 1];
          const cell: SpanCell = { content: [], colSpan: 1, rowSpan: 1 };
          const row = t?.rows[t.rows.length - 1];
          if (t && row) {
            if (row.length === 0 && t.gridBefore > 0) cell.skipBefore = t.gridBefore;
            row.push(cell);
          }
          cells.push(cell);
          containers.push(cell.content);
          break;
        }
        case 'w:gridSpan': {
          const cell = cells[cells.length - 1];
          if (cell) cell.colSpan = intAttr(attrs['w:val'], 1);
          break;
        }
        case 'w:vMerge': {
          const cell = cells[cells.length - 1];
          if (cell && attrs['w:val'] !== 'restart') cell.continuesAbove = true;
          break;
        }
      }
    },
    text(data) {
      if (inText > 0) appendText(data);
    },
    close(name) {
      switch (name) {
        case 'w:t':
          inText = Math.max(0, inText - 1);
          break;
        case 'w:p': {
          const text = paragraphs.pop() ?? '';
          container().push(text.trim() === '' ? { kind: 'blank' } : { kind: 'para', text });
          break;
        }
        case 'w:tc':
          cells.pop();
          if (containers.length > 1) containers.pop();
          break;
        case 'w:tbl': {
          const t = tables.pop();
          // A loop, not push(...nodes): a huge unwrapped layout table would overflow the argument list.
          if (t) for (const n of finishTable(t.rows, undefined, budget)) container().push(n);
          break;
        }
      }
    },
  });
  return body;
}

function intAttr(v: string | undefined, fallback: number): number {
  const n = v === undefined ? NaN : parseInt(v, 10);
  return Number.isFinite(n) && n >= 0 ? n : fallback;
}
