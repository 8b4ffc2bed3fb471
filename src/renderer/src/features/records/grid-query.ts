/**
 * Translates AG Grid's filter and sort models into the contract's grid query, so every
 * filter runs in SQL (the grid never holds a whole table). Pure: unit-tested without a DOM.
 */
import type {
  ColumnFilter,
  FilterCondition,
  FilterableRecordField,
  FilterOp,
} from '../../../../shared/domain';
import { FILTER_OPS, FILTERABLE_RECORD_FIELDS } from '../../../../shared/domain';
import { SORTABLE_RECORD_FIELDS } from '../../../../shared/contract';

type SortField = (typeof SORTABLE_RECORD_FIELDS)[number];

interface SimpleModel {
  filterType?: string;
  type?: string | null;
  filter?: string | number | null;
  filterTo?: number | null;
}
interface CombinedModel {
  filterType?: string;
  operator: 'AND' | 'OR';
  conditions: SimpleModel[];
}

const isField = (s: string): s is FilterableRecordField =>
  (FILTERABLE_RECORD_FIELDS as readonly string[]).includes(s);
const isOp = (s: string): s is FilterOp => (FILTER_OPS as readonly string[]).includes(s);
/** Grid columns whose id differs from the record field they filter. */
const FILTER_FIELD: Record<string, FilterableRecordField> = { region: 'regionCode' };

function condition(m: SimpleModel): FilterCondition | null {
  if (!m.type || !isOp(m.type)) return null;
  const needsValue = m.type !== 'blank' && m.type !== 'notBlank';
  if (needsValue && (m.filter === null || m.filter === undefined || m.filter === '')) return null;
  return {
    op: m.type,
    value: m.filter ?? null,
    ...(m.type === 'inRange' ? { valueTo: m.filterTo ?? null } : {}),
  };
}

export function toColumnFilters(model: Record<string, unknown> | null | undefined): ColumnFilter[] {
  const out: ColumnFilter[] = [];
  for (const [colId, raw] of Object.entries(model ?? {})) {
    const field = FILTER_FIELD[colId] ?? (isField(colId) ? colId : null);
    if (!field || !raw || typeof raw !== 'object') continue;
    const combined = raw as CombinedModel;
    const parts = Array.isArray(combined.conditions) ? combined.conditions : [raw as SimpleModel];
    const conditions = parts.map(condition).filter((c): c is FilterCondition => c !== null);
    if (conditions.length > 0)
      out.push({ field, join: combined.operator === 'OR' ? 'OR' : 'AND', conditions });
  }
  return out;
}

const SORT_FIELD: Record<string, SortField> = { region: 'regionCode' };
const isSortField = (s: string): s is SortField =>
  (SORTABLE_RECORD_FIELDS as readonly string[]).includes(s);

export function toSort(
  model: { colId: string; sort: 'asc' | 'desc' | null }[] | undefined,
): { field: SortField; dir: 'asc' | 'desc' } | undefined {
  const first = model?.find((m) => m.sort);
  if (!first?.sort) return undefined;
  const field = SORT_FIELD[first.colId] ?? (isSortField(first.colId) ? first.colId : undefined);
  return field ? { field, dir: first.sort } : undefined;
}

/** The part of AG Grid's column state we keep: order (array order), width, hidden. */
export const layoutOf = (
  state: { colId: string; width?: number | null; hide?: boolean | null }[],
) =>
  state.map((c) => ({
    colId: c.colId,
    ...(c.width ? { width: Math.round(c.width) } : {}),
    hide: c.hide ?? false,
  }));
