/**
 * Paste from Excel/WPS: they put the copied block on the clipboard as text/plain with TAB
 * between cells and newlines between rows (quoted when a cell holds a newline or tab).
 * Range selection and clipboard are AG Grid Enterprise, so we parse and apply ourselves.
 */
import type { CellEdit, EditableRecordField } from '../../../../shared/domain';

/** Parses TSV as spreadsheets write it, including "quoted ""cells"" with\nnewlines". */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const s = text.replace(/\r\n?/g, '\n');
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === '\t') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

export interface PasteTarget {
  /** Record ids of the displayed rows from the focused row downwards. */
  rowIds: number[];
  /** Fields of the displayed columns from the focused column rightwards (null: not editable). */
  fields: (EditableRecordField | null)[];
}

/**
 * Cells of the block mapped onto rows and columns from the focused cell. One copied value
 * over several selected rows fills them all, as in Excel.
 */
export function pasteEdits(
  block: string[][],
  target: PasteTarget,
  selectedIds: number[] = [],
): { edits: CellEdit[]; skipped: number } {
  const edits: CellEdit[] = [];
  let skipped = 0;
  const single = block.length === 1 && block[0]!.length === 1;
  const rowIds = single && selectedIds.length > 1 ? selectedIds : target.rowIds;
  const rows = single && selectedIds.length > 1 ? rowIds.map(() => block[0]!) : block;
  rows.forEach((cells, r) => {
    const id = rowIds[r];
    if (id === undefined) {
      skipped += cells.length;
      return;
    }
    cells.forEach((value, c) => {
      const field = target.fields[c];
      if (!field) {
        skipped++;
        return;
      }
      edits.push({ id, field, value: value.trim() === '' ? null : value });
    });
  });
  return { edits, skipped };
}

/**
 * The rows a pasted block lands on. Pasted into a ticked row, a block with one line per
 * ticked row goes onto the ticked rows in order, as a range copied from them (Ctrl+C copies
 * one column of the ticked rows) lands back on them in another column, even when they are
 * not next to each other. Otherwise the rows from the focused one down, as in Excel.
 */
export function pasteRowIds(
  lines: number,
  below: readonly number[],
  ticked: readonly number[],
): number[] {
  const focused = below[0];
  if (lines > 1 && lines === ticked.length && focused !== undefined && ticked[0] === focused)
    return [...ticked];
  return below.slice(0, lines);
}
