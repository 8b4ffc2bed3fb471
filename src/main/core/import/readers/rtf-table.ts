/**
 * An RTF table as its rows arrive: a row's definition (\trowd, then per cell its merges
 * and \cellx right edge) and its cells' paragraphs, closed by \row. A cell spans as many
 * grid columns as there are edges of the whole table between its left and right edge
 * (how Word writes a merged header over two columns); \clvmrg continues the cell above,
 * \clmrg the cell to its left.
 */
import { ReadBudget } from './budget';
import { finishTable, type FlowNode, type SpanCell } from './table-grid';

type Merge = 'clvmgf' | 'clvmrg' | 'clmgf' | 'clmrg';

interface CellDef {
  right: number;
  merge?: Merge;
}

interface Row {
  cells: FlowNode[][];
  defs: CellDef[];
}

export class RtfTable {
  private rows: Row[] = [];
  private cells: FlowNode[][] = [];
  private content: FlowNode[] = [];
  private defs: CellDef[] = [];
  private pending: Merge | undefined;

  constructor(private readonly budget: ReadBudget) {}

  paragraph(text: string): void {
    if (text.trim() !== '') this.content.push({ kind: 'para', text });
  }

  endCell(): void {
    this.cells.push(this.content);
    this.content = [];
  }

  endRow(): void {
    if (this.content.length > 0) this.endCell();
    this.rows.push({ cells: this.cells, defs: this.defs });
    this.budget.cells(this.cells.length);
    this.cells = [];
  }

  newRowDefinition(): void {
    this.defs = [];
    this.pending = undefined;
  }

  cellEdge(right: number): void {
    this.defs.push({ right, ...(this.pending ? { merge: this.pending } : {}) });
    this.pending = undefined;
  }

  merge(kind: Merge): void {
    this.pending = kind;
  }

  /** The finished table's flow nodes (none if no row came); the table starts afresh. */
  finish(): FlowNode[] {
    if (this.cells.length > 0 || this.content.length > 0) this.endRow();
    const rows = this.rows;
    this.rows = [];
    if (rows.length === 0) return [];
    const edges = [...new Set(rows.flatMap((r) => r.defs.map((d) => d.right)))].sort(
      (a, b) => a - b,
    );
    this.budget.columns(edges.length);
    const grid: SpanCell[][] = rows.map((row) => {
      const out: SpanCell[] = [];
      let left = Number.NEGATIVE_INFINITY;
      row.cells.forEach((content, k) => {
        const def = row.defs[k];
        this.budget.work(edges.length);
        const right = def?.right ?? Number.POSITIVE_INFINITY;
        const span = def ? Math.max(1, edges.filter((e) => e > left && e <= right).length) : 1;
        left = def ? right : left;
        const prev = out[out.length - 1];
        if (def?.merge === 'clmrg' && prev) {
          prev.colSpan += span;
          return;
        }
        out.push({
          content,
          colSpan: span,
          rowSpan: 1,
          ...(def?.merge === 'clvmrg' ? { continuesAbove: true } : {}),
        });
      });
      return out;
    });
    return finishTable(grid, undefined, this.budget);
  }
}
