/**
 * What a Word list prints for each kind: the columns (shared/export-options), their headers
 * (an other-list keeps the header of the table it came from) and, per record, each cell's
 * text: unit names in full official form, split into levels; titles and write-ups with
 * Chinese punctuation.
 */
import type { LedgerRecord, RecordKind } from '../../../shared/domain';
import {
  EXPORT_COLUMNS,
  type ExportColumnId,
  type ExportPreview,
} from '../../../shared/export-options';
import { toChinesePunctuation } from './chinese-punctuation';
import { officialUnit, splitPlaceName } from './official-unit';
import { isRevoked, REVOKED_MARK } from './revoked';
import { splitParagraphs } from './paragraphs';

export type CellKind = 'fixed' | 'name' | 'text';

export interface ListColumn {
  id: ExportColumnId;
  header: string;
  kind: CellKind;
  align: 'center' | 'justify';
}

/** Per column: the levels of a name, or the paragraphs of a text. */
export type ListRow = string[][];

export type HeaderOverrides = Partial<Record<ExportColumnId, string>>;

const KIND_OF: Record<ExportColumnId, CellKind> = {
  seq: 'fixed',
  unit: 'name',
  recommender: 'name',
  title: 'text',
  content: 'text',
};

const has = (v: string | null | undefined): boolean => !!v && v.trim() !== '';

function hasValue(id: ExportColumnId, r: LedgerRecord): boolean {
  switch (id) {
    case 'seq':
      return true;
    case 'unit':
      return officialUnit(r).text !== '';
    case 'recommender':
      return has(r.unit);
    case 'title':
      return has(r.title);
    case 'content':
      return has(r.content);
  }
}

/**
 * An optional column is printed by default only when at least this share of the rows fill
 * it: a 实验主题 column blank in 250 rows of 262 takes a quarter of the page's width to say
 * nothing, and reads to the leader who receives the list as a form left unfinished. The
 * few values are not lost: the column stays offered, with how many rows have one, and one
 * tick prints it.
 */
const FILLED_ENOUGH = 0.1;

/**
 * The columns a kind offers, ticked by default or because enough of this selection has
 * values. A column nothing in the selection fills is never ticked by default (the kind's
 * naming column and 序号 excepted: a list without them is no list).
 */
export function columnChoices(
  kind: RecordKind,
  records: readonly LedgerRecord[],
  headers: HeaderOverrides = {},
): ExportPreview['columns'] {
  const naming = EXPORT_COLUMNS[kind][1]?.id;
  return EXPORT_COLUMNS[kind].map((c) => {
    const filled = records.filter((r) => hasValue(c.id, r)).length;
    const always = c.id === 'seq' || c.id === naming || records.length === 0;
    const on =
      c.default === 'on'
        ? always || filled > 0
        : c.default === 'auto' && filled > 0 && filled >= FILLED_ENOUGH * records.length;
    return { id: c.id, header: headers[c.id] ?? c.header, on, filled };
  });
}

/**
 * The chosen columns in the kind's order (序号 always first), else the defaults. A column no
 * row fills is left out even when chosen (a choice the export page remembers from a list that
 * had values): an attachment under GB/T 9704 carries no empty column, and one reads to the
 * leader who receives it as a form left unfinished. 序号 and the kind's naming column stay.
 * Judged over `records`, the rows exported (a selection, not the ledger). The workbook
 * (detail-sheet.ts) keeps every column: it is data to fill in and filter, not a form.
 */
export function listColumns(
  kind: RecordKind,
  records: readonly LedgerRecord[],
  chosen?: readonly ExportColumnId[],
  headers: HeaderOverrides = {},
): ListColumn[] {
  const choices = columnChoices(kind, records, headers);
  const naming = EXPORT_COLUMNS[kind][1]?.id;
  const wanted = chosen ? new Set<ExportColumnId>(['seq', ...chosen]) : null;
  const blank = (c: { id: ExportColumnId; filled: number }) =>
    c.id !== 'seq' && c.id !== naming && records.length > 0 && c.filled === 0;
  return choices
    .filter((c) => (wanted ? wanted.has(c.id) && !blank(c) : c.on))
    .map((c) => ({
      id: c.id,
      header: c.header,
      kind: KIND_OF[c.id],
      align: c.id === 'content' ? 'justify' : 'center',
    }));
}

/**
 * A section's own columns when the list is split into one table per programme or batch: a
 * column some rows of the document fill but no row of this section does is left out of its
 * table — a second table whose 实验主题 and 实验内容 are blank in every row reads to the
 * leader who receives it as a form left unfinished, while the first, which has them, keeps
 * them. 序号 and the kind's naming column always stay.
 */
export function sectionColumns(
  kind: RecordKind,
  columns: readonly ListColumn[],
  section: readonly LedgerRecord[],
): ListColumn[] {
  const naming = EXPORT_COLUMNS[kind][1]?.id;
  return columns.filter(
    (c) => c.id === 'seq' || c.id === naming || section.some((r) => hasValue(c.id, r)),
  );
}

const punct = (s: string | null | undefined): string => toChinesePunctuation(s?.trim() ?? '');

function cell(id: ExportColumnId, r: LedgerRecord, n: number, unitApart: boolean): string[] {
  switch (id) {
    case 'seq':
      return [String(n)];
    case 'unit': {
      const u = officialUnit(unitApart ? { ...r, unit: null } : r);
      return u.segments;
    }
    case 'recommender':
      return has(r.unit) ? splitPlaceName(punct(r.unit)) : [];
    case 'title':
      return has(r.title) ? [punct(r.title)] : [];
    case 'content':
      return splitParagraphs(r.content).map(punct);
  }
}

/**
 * The cells of each record, numbered from 1 in the order given. A revoked unit's naming
 * cell (the first after 序号) ends in （已撤销）, a level of its own so a place name still
 * breaks only between levels.
 */
export function listRows(
  records: readonly LedgerRecord[],
  columns: readonly ListColumn[],
): ListRow[] {
  // When 推荐单位 has its own column, the 地区 column holds only the place.
  const unitApart = columns.some((c) => c.id === 'recommender');
  const naming = columns.findIndex((c) => c.id !== 'seq');
  return records.map((r, i) =>
    columns.map((c, j) => {
      const parts = cell(c.id, r, i + 1, unitApart);
      if (j !== naming || !isRevoked(r)) return parts;
      if (c.kind === 'name' || parts.length === 0) return [...parts, REVOKED_MARK];
      return [...parts.slice(0, -1), `${parts[parts.length - 1]}${REVOKED_MARK}`];
    }),
  );
}
