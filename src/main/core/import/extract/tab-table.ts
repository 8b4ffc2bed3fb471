/**
 * Tab-separated tables: Word, HTML and Excel tables arrive linearised one row per line
 * with cells joined by TAB. The header row (possibly two rows, possibly below a title or
 * 填报单位 line) names the columns in any order; without a header, columns are recognised
 * by their contents (numbers, regions, text). Full-width rows are category headings,
 * 合计 rows are totals; neither is a record. PDF tables also wrap cells onto
 * continuation lines, which are joined back into the row above (see table-wrap.ts).
 */
import type { ItemDraft, ListDraft } from './drafts';
import {
  headerRoles,
  readsAsSentence,
  rowToItem,
  type Cell,
  type ColumnRole,
} from './table-columns';
import { namesAsPlaces } from './name-places';
import { asEnterprise, enterpriseTablePlace } from './enterprise-table';
import { listsCounts } from './count-rows';
import { listsSpending } from './budget-rows';
import { listsFigures } from './figure-rows';
import { listsPersons } from './person-rows';
import { entryColumns, placeRunItems, municipalityRow, runColumns } from './place-run-cell';
import { rowsOfParts, sideBySideParts } from './side-by-side';
import {
  isSpanningRow,
  isTotalRow,
  numericShare,
  refineHeader,
  withoutCutLastRow,
} from './table-rows';
import { groupRows, isHeaderAgain, type TableRow } from './table-wrap';
import { gridEntryColumns, gridRowItems } from './grid-entry-cells';
import { headedNameGrid } from './headed-name-grid';
import type { KeyedText, Line } from './text-key';
import { readNumbering } from './numbering';
import { labelContext } from './prose-labels';
import { provinceAt } from './provinces';
import { toKey } from './text-key';
import type { RegionContext, RegionLookup } from './types';

/**
 * The labels of a page's disclosure fields ("索引号 | … | 公开方式 | 主动公开"), spaced out to
 * one width on many portals ("索  引  号", "标        题"): the spaces are no part of the label.
 */
const FIELD_LABEL =
  /^(索引号|发布机构|发文机关|发文单位|成文日期|发布日期|发文日期|公开方式|公开范围|公开时限|主题分类|信息分类|分类|标题|主题词|内容概述|时效|文号|发文字号|有效性|生效日期|信息来源|公开事项名称|制发日期)[:：]?$/;

const fieldLabel = (cell: string): boolean => FIELD_LABEL.test(cell.replace(/[\s\u3000]/g, ''));

/**
 * The labels of an announced event's form (评估时间 | 2022年11月15日, 2.评估地点 | 某中心):
 * when, where and whom to call, not what the notice lists.
 */
const FORM_LABEL =
  /^[\u4e00-\u9fff]{0,6}(时间|日期|地点|地址|联系人|联系电话|电话|邮箱|传真|邮编)\s*[:：]?$/;

const formLabel = (cell: string): boolean => {
  const k = toKey(cell).trim();
  return FORM_LABEL.test(k.slice(readNumbering(k)?.length ?? 0).trim());
};

/** How far down a group the header may sit (title rows, 填报单位, a blank first row). */
const HEADER_SEARCH = 4;

function inferRoles(rows: Cell[][], lookup: RegionLookup): ColumnRole[] | null {
  const width = Math.max(...rows.map((r) => r.length));
  const roles: ColumnRole[] = [];
  let titleAt = -1;
  let longest = 0;
  for (let c = 0; c < width; c++) {
    const values = rows.map((r) => r[c]?.text ?? '').filter((v) => v !== '');
    const share = (pred: (v: string) => boolean): number =>
      values.filter(pred).length / Math.max(1, values.length);
    if (share((v) => /^\d{1,4}$/.test(v)) >= 0.8) roles.push('seq');
    else if (share((v) => lookup.splitPrefix(v, {})?.end === v.length) >= 0.6) roles.push('region');
    else {
      roles.push('remark');
      const avg = values.reduce((s, v) => s + v.length, 0) / Math.max(1, values.length);
      if (avg > longest && numericShare(values) < 0.5) {
        longest = avg;
        titleAt = c;
      }
    }
  }
  if (titleAt < 0) return null;
  roles[titleAt] = 'name';
  return roles;
}

/**
 * The name column must hold words: a date or number column gives way to the next text
 * column. A column of sentences about each row (经地方推荐…，拟认定为…) is a remark: the rows
 * are named by their places then, never by the rest of such a sentence.
 */
function fixNameColumn(roles: ColumnRole[], body: Cell[][]): ColumnRole[] {
  const at = roles.indexOf('name');
  if (at < 0 || roles.includes('title')) return roles;
  const values = (c: number): string[] => body.map((r) => r[c]?.text ?? '');
  const said = values(at).filter((v) => v.trim() !== '');
  if (said.length && said.filter(readsAsSentence).length * 2 >= said.length) {
    const out = [...roles];
    out[at] = 'remark';
    return out;
  }
  if (numericShare(values(at)) < 0.5) return roles;
  const out = [...roles];
  out[at] = 'remark';
  const next = out.findIndex(
    (r, c) =>
      r === 'remark' &&
      c !== at &&
      numericShare(values(c)) < 0.5 &&
      values(c).some((v) => v !== ''),
  );
  if (next >= 0) out[next] = 'name';
  return out;
}

export function detectTabTables(
  doc: KeyedText,
  lookup: RegionLookup,
  consumed: ReadonlySet<number>,
): ListDraft[] {
  const lists: ListDraft[] = [];
  let i = 0;
  while (i < doc.lines.length) {
    const { rows: body, next } = groupRows(doc, i, consumed);
    const rows =
      body.length >= 2 ? [...municipalityLinesAbove(doc, body, consumed), ...body] : body;
    if (rows.length >= 2) {
      const list = tableFrom(rows, lookup, doc);
      if (list) lists.push(list);
    }
    i = Math.max(next, i + 1);
  }
  return lists;
}

/**
 * Municipalities a sheet wrote alone on the lines over its grid of provinces and their cities
 * ("北京市", "天津市" over "河北省： | 邯郸市 …"): no city beside them, the reader kept them as lines.
 * They are the grid's first rows, read as its municipality rows are (municipalityRow).
 */
function municipalityLinesAbove(
  doc: KeyedText,
  body: readonly TableRow[],
  consumed: ReadonlySet<number>,
): TableRow[] {
  const above: TableRow[] = [];
  for (let j = (body[0]?.lines[0]?.index ?? 0) - 1; j >= 0; j--) {
    const l = doc.lines[j]!;
    if (l.trimmed === '') continue;
    if (consumed.has(l.index) || !MUNICIPALITY_LINE.test(l.trimmed)) break;
    const start = l.start + l.raw.indexOf(l.trimmed);
    const cell = { text: l.trimmed, start, end: start + l.trimmed.length };
    above.unshift({ cells: [cell], lines: [l], start: l.start, end: l.end, wrapped: false });
  }
  return above;
}
const MUNICIPALITY_LINE = /^(?:北京|天津|上海|重庆)市$/;

/** The place a category row names, without its numbering and count ("一、江苏省（5个）"). */
function headingPlace(heading: string, lookup: RegionLookup): RegionContext | null {
  const n = readNumbering(toKey(heading).trim());
  const name = heading
    .trim()
    .slice(n?.length ?? 0)
    .replace(/\s*[(（]\s*共?\s*[0-9一二三四五六七八九十]+\s*个\s*[)）]\s*$/, '')
    .trim();
  const hit = name ? lookup.splitPrefix(name, {}) : null;
  return hit && hit.end === name.length ? labelContext(name, {}) : null;
}

function findHeader(
  rows: TableRow[],
): { at: number; roles: ColumnRole[]; header: string[]; rows: number } | null {
  for (let at = 0; at < Math.min(HEADER_SEARCH, rows.length); at++) {
    const top = rows[at]?.cells.map((c) => c.text) ?? [];
    const roles = headerRoles(top);
    if (!roles) continue;
    const second = rows[at + 1]?.cells.map((c) => c.text) ?? [];
    const refined = second.length ? refineHeader(top, second, roles) : null;
    if (refined)
      return {
        at,
        roles: refined,
        header: top.map((t, c) => (second[c] && second[c] !== t ? `${t}/${second[c]}` : t)),
        rows: 2,
      };
    return { at, roles, header: top, rows: 1 };
  }
  return null;
}

/** A row that repeats one of the header's rows, cell for cell. */
function headerRepeat(
  texts: string[],
  rows: TableRow[],
  found: { at: number; rows: number },
): boolean {
  const key = texts.join('\t');
  return rows
    .slice(found.at, found.at + found.rows)
    .some((h) => h.cells.map((c) => c.text).join('\t') === key);
}

function tableFrom(rows: TableRow[], lookup: RegionLookup, doc: KeyedText): ListDraft | null {
  const found = findHeader(rows);
  // Names a row under place headings merged across the grid: each cell one entry there.
  const named = found ? null : headedNameGrid(rows, lookup);
  if (named) return tableList(rows, named, null);
  const body = found ? rows.slice(found.at + found.rows) : rows;
  if (
    listsPersons(
      body.map((r) => r.cells),
      lookup,
    ) ||
    listsCounts(
      rows.slice(found?.at ?? 0).map((r) => r.cells),
      lookup,
    ) ||
    listsFigures(rows.map((r) => r.cells)) ||
    (!!found &&
      listsSpending(
        found.header,
        body.map((r) => r.cells),
        lookup,
      ))
  )
    return null;
  let roles =
    found?.roles ??
    inferRoles(
      body.map((r) => r.cells),
      lookup,
    );
  if (!roles) return null;
  // Two lists side by side (序号 | 名单 | 序号 | 名单): each half of a row is a row of its own.
  const parts = found ? sideBySideParts(roles) : 1;
  const width = roles.length / parts;
  const read = parts > 1 ? rowsOfParts(body, parts, width) : body;
  if (parts > 1) roles = roles.slice(0, width);
  roles = namesAsPlaces(
    fixNameColumn(
      roles,
      read.map((r) => r.cells),
    ),
    read.map((r) => r.cells),
    lookup,
  );
  // A programme's table of enterprises titles each by its registered name (enterprise-table.ts).
  const enterprises = enterpriseTablePlace(
    doc,
    rows[0]?.lines[0]?.index ?? 0,
    found?.header,
    roles,
    lookup,
  );
  const items: ItemDraft[] = [];
  let category: string | null = null;
  let categoryPlace: RegionContext | null = null;
  const entries = entryColumns(
    read.map((r) => r.cells),
    roles,
    lookup,
  );
  const runs = runColumns(
    read.map((r) => r.cells),
    roles,
    lookup,
  );
  // Without a header, a row may list several entries beside its place (县 | 村 | 村 | 村).
  const grid =
    !found && entries.size === 0
      ? gridEntryColumns(
          read.map((r) => r.cells),
          roles,
          lookup,
        )
      : new Set<number>();
  for (const [at, row] of read.entries()) {
    const texts = row.cells.map((c) => c.text);
    const alone = municipalityRow(row.cells, roles, lookup, runs, read[at + 1]?.cells);
    if (alone) {
      items.push(category ? { ...alone, category } : alone);
      continue;
    }
    const heading = isSpanningRow(texts);
    if (heading !== null) {
      category = heading;
      categoryPlace = headingPlace(heading, lookup);
      continue;
    }
    if (isTotalRow(texts)) continue;
    // The header repeated where the table went on (the next page, the next part's table)
    // lists nothing.
    if (found && (headerRepeat(texts, rows, found) || isHeaderAgain(texts))) continue;
    const inGrid = grid.size
      ? gridRowItems(row.cells, roles, grid, lookup, categoryPlace ?? {})
      : null;
    if (inGrid) {
      items.push(...inGrid.map((it) => (category ? { ...it, category } : it)));
      continue;
    }
    const run = placeRunItems(row.cells, roles, lookup, categoryPlace ?? {}, entries, runs);
    if (run) {
      items.push(...run.map((it) => (category ? { ...it, category } : it)));
      continue;
    }
    const fromRow = rowToItem(
      row.cells,
      roles,
      lookup,
      { start: row.start, end: row.end },
      categoryPlace ?? {},
    );
    if (!fromRow) continue;
    const item =
      enterprises === undefined
        ? fromRow
        : asEnterprise(fromRow, row.cells[roles.indexOf('name')]?.text, enterprises, lookup);
    if (category && !item.category) item.category = category;
    // Rows under "一、江苏省（5个）" lie in 江苏省 unless they write their own province.
    if (categoryPlace && item.regionText && !provinceAt(toKey(item.regionText)))
      item.regionContext = { ...categoryPlace, ...(item.regionContext ?? {}) };
    if (row.wrapped)
      item.warnings.push({
        code: 'split_cell',
        message: `第${item.seq ?? '?'}行有单元格跨行，已合并`,
        seq: item.seq,
      });
    items.push(item);
  }
  if (items.length < 1) return null;
  // Without a header, only places say what a table lists: a table of labels and values
  // (公开事项名称 | …, 制发日期 | …) is the page's metadata, not a list.
  // A place in the value beside 发布机构 is the organ's, not an entry: every row of such a
  // table carries a field label.
  if (!found && items.every((it) => it.regionText === null)) return null;
  // …and so is a form of an event's time and place, a row per field.
  if (!found && body.every((r) => r.cells.some((c) => fieldLabel(c.text) || formLabel(c.text))))
    return null;
  return tableList(rows, withoutCutLastRow(items), found?.header ?? null);
}

function tableList(rows: TableRow[], items: ItemDraft[], header: string[] | null): ListDraft {
  const lines: Line[] = rows.flatMap((r) => r.lines);
  return {
    layout: 'tab_table',
    items,
    start: rows[0]?.start ?? 0,
    end: rows[rows.length - 1]?.end ?? 0,
    ...(header ? { header } : {}),
    lineIndexes: lines.map((l) => l.index),
  };
}
