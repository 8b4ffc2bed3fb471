/**
 * Tab-separated tables: Word, HTML and Excel tables arrive linearised one row per line
 * with cells joined by TAB. The header row names the columns in any order; without a
 * header, columns are recognised by their contents (numbers, regions, text).
 */
import type { ItemDraft, ListDraft } from './drafts';
import { headerRoles, rowToItem, type Cell, type ColumnRole } from './table-columns';
import type { KeyedText, Line } from './text-key';
import type { RegionLookup } from './types';

function cellsOf(line: Line): Cell[] {
  const cells: Cell[] = [];
  let at = line.start;
  for (const part of line.raw.split('\t')) {
    const lead = part.length - part.trimStart().length;
    cells.push({ text: part.trim(), start: at + lead, end: at + part.trimEnd().length });
    at += part.length + 1;
  }
  return cells;
}

function inferRoles(rows: Cell[][], lookup: RegionLookup): ColumnRole[] | null {
  const width = Math.max(...rows.map((r) => r.length));
  const roles: ColumnRole[] = [];
  let titleAt = -1;
  let longest = 0;
  for (let c = 0; c < width; c++) {
    const values = rows.map((r) => r[c]?.text ?? '').filter((v) => v !== '');
    const share = (pred: (v: string) => boolean): number => values.filter(pred).length / Math.max(1, values.length);
    if (share((v) => /^\d{1,3}$/.test(v)) >= 0.8) roles.push('seq');
    else if (share((v) => lookup.splitPrefix(v, {})?.end === v.length) >= 0.6) roles.push('region');
    else {
      roles.push('remark');
      const avg = values.reduce((s, v) => s + v.length, 0) / Math.max(1, values.length);
      if (avg > longest) {
        longest = avg;
        titleAt = c;
      }
    }
  }
  if (titleAt < 0) return null;
  roles[titleAt] = 'name';
  return roles;
}

export function detectTabTables(doc: KeyedText, lookup: RegionLookup, consumed: ReadonlySet<number>): ListDraft[] {
  const lists: ListDraft[] = [];
  const lines = doc.lines;
  let i = 0;
  while (i < lines.length) {
    const group: Line[] = [];
    let j = i;
    while (j < lines.length) {
      const l = lines[j];
      if (!l || consumed.has(l.index)) break;
      if (l.raw.includes('\t') && l.trimmed.replace(/\t/g, '') !== '') group.push(l);
      else if (l.trimmed !== '') break;
      j++;
    }
    if (group.length >= 2) {
      const list = tableFrom(group, lookup);
      if (list) lists.push(list);
    }
    i = Math.max(j, i + 1);
  }
  return lists;
}

function tableFrom(group: Line[], lookup: RegionLookup): ListDraft | null {
  const rows = group.map(cellsOf);
  const first = rows[0] ?? [];
  let roles = headerRoles(first.map((c) => c.text));
  let body = rows;
  let bodyLines = group;
  let header: string[] | undefined;
  if (roles) {
    header = first.map((c) => c.text);
    body = rows.slice(1);
    bodyLines = group.slice(1);
  } else {
    roles = inferRoles(rows, lookup);
  }
  if (!roles) return null;
  const items: ItemDraft[] = [];
  body.forEach((cells, r) => {
    const line = bodyLines[r];
    if (!line || !roles) return;
    const item = rowToItem(cells, roles, lookup, { start: line.trimmedStart, end: line.end });
    if (item) items.push(item);
  });
  if (items.length < 1) return null;
  return {
    layout: 'tab_table',
    items,
    start: group[0]?.trimmedStart ?? 0,
    end: group[group.length - 1]?.end ?? 0,
    ...(header ? { header } : {}),
    lineIndexes: group.map((l) => l.index),
  };
}
