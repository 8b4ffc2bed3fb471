/**
 * Tables laid out one cell per line (Word tables pasted as text, some PDFs): header
 * cells each on their own line (序号 / 实验单位 / 实验主题 / 实验内容), then each row's
 * cells one per line, a bare 序号 starting each row. A cell wrapped over two lines
 * (黑龙江省双鸭山市 / 岭东区) is joined back and reported as split_cell.
 */
import type { ItemDraft, ListDraft } from './drafts';
import { bareNumber } from './numbering';
import { headerRoles, roleOf, rowToItem, type Cell, type ColumnRole } from './table-columns';
import type { KeyedText, Line } from './text-key';
import type { RegionLookup } from './types';

function nonBlank(doc: KeyedText, consumed: ReadonlySet<number>): Line[] {
  return doc.lines.filter(
    (l) => l.trimmed !== '' && !consumed.has(l.index) && !l.raw.includes('\t'),
  );
}

function cellOf(line: Line): Cell {
  return { text: line.raw.trim(), start: line.trimmedStart, end: line.end };
}

function joinCells(a: Cell, b: Cell): Cell {
  return { text: a.text + b.text, start: a.start, end: b.end };
}

/** Which adjacent pair of lines in a row is one wrapped cell. */
function mergeIndex(cells: Cell[], roles: ColumnRole[], lookup: RegionLookup): number {
  for (let j = 0; j < cells.length - 1; j++) {
    const role = roles[j];
    const a = cells[j];
    const b = cells[j + 1];
    if (!a || !b || (role !== 'region' && role !== 'unit')) continue;
    const joined = a.text + b.text;
    const hit = lookup.splitPrefix(joined, {});
    const alone = lookup.splitPrefix(a.text, {});
    if (hit && hit.end > a.text.length && (!alone || alone.end <= a.text.length)) return j;
  }
  // Otherwise a wrapped cell is one that does not end a sentence, followed by a short piece.
  let best = cells.length - 2;
  let bestLen = Infinity;
  for (let j = 0; j < cells.length - 1; j++) {
    const a = cells[j];
    const b = cells[j + 1];
    if (!a || !b || /[。；;!！?？]$/.test(a.text)) continue;
    const len = a.text.length + b.text.length;
    if (len < bestLen) {
      bestLen = len;
      best = j;
    }
  }
  return best;
}

export function detectCellTables(
  doc: KeyedText,
  lookup: RegionLookup,
  consumed: ReadonlySet<number>,
): ListDraft[] {
  const lines = nonBlank(doc, consumed);
  const lists: ListDraft[] = [];
  let i = 0;
  while (i < lines.length) {
    let j = i;
    while (j < lines.length && roleOf(lines[j]?.raw ?? '') !== null) j++;
    // A caption that reads like a column ("结项验收结果" over 序号 | 实验区 | 验收结论) is above
    // the table: the header starts at its 序号.
    const seqAt = lines.slice(i, j).findIndex((l) => roleOf(l.raw) === 'seq');
    if (seqAt > 0) i += seqAt;
    const headerLines = lines.slice(i, j);
    const roles =
      headerLines.length >= 2 ? headerRoles(headerLines.map((l) => l.raw.trim())) : null;
    if (!roles) {
      i = Math.max(j, i + 1);
      continue;
    }
    const dataRoles = roles.filter((r) => r !== 'seq');
    const list = readRows(lines, j, roles.includes('seq'), dataRoles, lookup);
    if (list.items.length >= 2) {
      list.header = headerLines.map((l) => l.raw.trim());
      list.lineIndexes.push(...headerLines.map((l) => l.index));
      list.start = headerLines[0]?.trimmedStart ?? list.start;
      lists.push(list);
      i = list.nextLine;
    } else {
      i = j;
    }
  }
  return lists;
}

function readRows(
  lines: Line[],
  from: number,
  _headerHasSeq: boolean,
  dataRoles: ColumnRole[],
  lookup: RegionLookup,
): ListDraft & { nextLine: number } {
  const items: ItemDraft[] = [];
  const lineIndexes: number[] = [];
  let k = from;
  let expected = bareNumber(lines[k]?.trimmed ?? '');
  const width = dataRoles.length;
  while (expected !== null && bareNumber(lines[k]?.trimmed ?? '') === expected) {
    const seqLine = lines[k];
    if (!seqLine) break;
    let m = k + 1;
    const rowLines: Line[] = [];
    while (
      m < lines.length &&
      bareNumber(lines[m]?.trimmed ?? '') !== expected + 1 &&
      rowLines.length < width + 3
    ) {
      const line = lines[m];
      if (!line) break;
      rowLines.push(line);
      m++;
    }
    // The last row has no next number to stop it: it keeps exactly one line per column.
    const isLast = bareNumber(lines[m]?.trimmed ?? '') !== expected + 1;
    const used = isLast ? rowLines.slice(0, width) : rowLines;
    if (used.length === 0) break;
    let cells = used.map(cellOf);
    let split = false;
    while (cells.length > width) {
      const at = mergeIndex(cells, dataRoles, lookup);
      const a = cells[at];
      const b = cells[at + 1];
      if (!a || !b) break;
      cells = [...cells.slice(0, at), joinCells(a, b), ...cells.slice(at + 2)];
      split = true;
    }
    const last = used[used.length - 1] ?? seqLine;
    const item = rowToItem(
      [{ text: String(expected), start: seqLine.trimmedStart, end: seqLine.end }, ...cells],
      ['seq', ...dataRoles],
      lookup,
      { start: seqLine.trimmedStart, end: last.end },
    );
    if (item) {
      if (split)
        item.warnings.push({
          code: 'split_cell',
          message: `第${expected}行有单元格跨行，已合并`,
          seq: expected,
        });
      items.push(item);
    }
    lineIndexes.push(seqLine.index, ...used.map((l) => l.index));
    k = k + 1 + used.length;
    expected += 1;
    if (isLast) break;
  }
  const first = items[0];
  const lastItem = items[items.length - 1];
  return {
    layout: 'cell_table',
    items,
    start: first?.start ?? 0,
    end: lastItem?.end ?? 0,
    lineIndexes,
    nextLine: k,
  };
}
