/**
 * .csv/.tsv: decoded like .txt (Excel/WPS on Chinese Windows save CSV in GB18030),
 * split with a small RFC 4180 parser (quotes, doubled quotes, line breaks inside
 * quotes), then laid out like a sheet (sheet-rows.ts). The delimiter is the one of
 * comma / TAB / semicolon that occurs most in the first line outside quotes.
 */
import type { SourceDocument } from '../source-document';
import { ReadBudget } from './budget';
import { decodeText } from './decode-text';
import { DocBuilder } from './doc-builder';
import { emptyError } from './errors';
import { emitGrid } from './sheet-rows';

export function readCsv(
  bytes: Uint8Array,
  tabSeparated = false,
  budget: ReadBudget = new ReadBudget(),
): SourceDocument {
  const { text, encoding } = decodeText(bytes);
  if (text.trim() === '') throw emptyError();
  const rows = parseCsv(text, tabSeparated ? '\t' : guessDelimiter(text), budget);
  budget.columns(rows.reduce((w, r) => Math.max(w, r.length), 0));
  const b = new DocBuilder(budget);
  // CSV has no merges: only lone cells before/after the data read as titles or notes.
  emitGrid(b, rows, () => false);
  if (b.isEmpty) throw emptyError();
  return b.build('csv', { encoding });
}

export function guessDelimiter(text: string): string {
  const counts = new Map<string, number>([
    [',', 0],
    ['\t', 0],
    [';', 0],
  ]);
  let quoted = false;
  for (const ch of text.slice(0, 64 * 1024)) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best = ',';
  for (const [d, n] of counts) if (n > (counts.get(best) ?? 0)) best = d;
  return best;
}

/** RFC 4180 with the usual leniency: a stray quote inside an unquoted field is kept. */
export function parseCsv(
  text: string,
  delimiter: string,
  budget: ReadBudget = new ReadBudget(),
): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let fieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
      continue;
    }
    if (ch === '"' && fieldStart) {
      quoted = true;
      fieldStart = false;
    } else if (ch === delimiter) {
      budget.cells(1);
      row.push(field);
      field = '';
      fieldStart = true;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      budget.cells(1);
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      fieldStart = true;
    } else {
      field += ch;
      fieldStart = false;
    }
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
