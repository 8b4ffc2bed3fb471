/**
 * Builds a SourceDocument's linear `text` and its `blocks` together, so every block's
 * [start, end) is right by construction whatever reader feeds it.
 *
 * Linearisation (shared by every reader):
 * - a paragraph is one line; a paragraph containing line breaks (<br>, Word soft
 *   breaks) becomes one paragraph block per line, so a block never spans lines;
 * - a table is one line per row, cells joined by TAB; a cell's own line breaks and tabs
 *   become single spaces because they would otherwise split the row;
 * - `blank()` asks for one empty line (page or sheet boundary); runs collapse to one;
 * - lines are joined by '\n', the text never starts or ends with blank lines.
 */
import type { SourceBlock, SourceDocument, SourceFormat } from '../source-document';
import { ReadBudget } from './budget';
import type { FlowNode } from './table-grid';

export type Hints = NonNullable<SourceDocument['hints']>;

/** A cell's text as it must appear inside a TAB-joined row. */
export function cellText(raw: string): string {
  return raw
    .replace(/[\t\r\n\u2028\u2029]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

export class DocBuilder {
  private readonly parts: string[] = [];
  private length = 0;
  private readonly blocks: SourceBlock[] = [];
  /** Blank lines owed before the next content (0 or 1); dropped at the very start and end. */
  private pendingBlank = false;

  /** The text grows against the file's budget, so no reader can build an endless string. */
  constructor(private readonly budget: ReadBudget = new ReadBudget()) {}

  /**
   * Adds one paragraph; `text` may hold '\n' (soft breaks) and becomes one block per line.
   * `runsOn` (PDF lines only) says whether the page's layout carries the line into the next.
   */
  paragraph(text: string, layout?: { runsOn: boolean }): void {
    for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
      if (line.trim() === '') continue;
      const start = this.beginLine();
      this.push(line);
      this.blocks.push({
        type: 'paragraph',
        start,
        end: this.length,
        ...(layout ? { runsOn: layout.runsOn } : {}),
      });
    }
  }

  /** Adds a table; rows are padded to the widest row and all-empty rows are dropped. */
  table(rows: string[][]): void {
    const clean = rows.map((r) => r.map(cellText)).filter((r) => r.some((c) => c !== ''));
    if (clean.length === 0) return;
    const width = clean.reduce((w, r) => Math.max(w, r.length), 0);
    const grid = clean.map((r) =>
      r.length < width ? [...r, ...Array<string>(width - r.length).fill('')] : r,
    );
    if (width === 1) {
      // A one-column "table" reads best as plain lines; the extractor's TAB rule gains nothing.
      for (const r of grid) this.paragraph(r[0] ?? '');
      return;
    }
    let start = -1;
    for (const row of grid) {
      const s = this.beginLine();
      if (start < 0) start = s;
      this.push(row.join('\t'));
    }
    this.blocks.push({ type: 'table', start, end: this.length, rows: grid });
  }

  /** Appends the nodes a structured reader (docx, HTML) produced, in order. */
  flow(nodes: Iterable<FlowNode>): void {
    for (const n of nodes) {
      if (n.kind === 'para') this.paragraph(n.text);
      else if (n.kind === 'table') this.table(n.rows);
      else this.blank();
    }
  }

  /** Requests a blank line before whatever comes next (page, sheet or section boundary). */
  blank(): void {
    if (this.length > 0) this.pendingBlank = true;
  }

  build(format: SourceFormat, extra: { encoding?: string; hints?: Hints } = {}): SourceDocument {
    const doc: SourceDocument = { format, text: this.parts.join(''), blocks: this.blocks };
    if (extra.encoding) doc.encoding = extra.encoding;
    const hints = compactHints(extra.hints);
    if (hints) doc.hints = hints;
    return doc;
  }

  get isEmpty(): boolean {
    return this.length === 0;
  }

  private beginLine(): number {
    if (this.length > 0) this.push(this.pendingBlank ? '\n\n' : '\n');
    this.pendingBlank = false;
    return this.length;
  }

  private push(s: string): void {
    this.budget.text(s.length);
    this.parts.push(s);
    this.length += s.length;
  }
}

function compactHints(h: Hints | undefined): Hints | undefined {
  if (!h) return undefined;
  const out: Hints = {};
  for (const key of ['title', 'date', 'author'] as const) {
    const v = h[key]?.replace(/\s+/g, ' ').trim();
    if (v) out[key] = v;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}
