/**
 * The shapes of a curation grid's query (records/page, records/facets): facets, column
 * filters, column layouts and saved views, validated at every door like the rest of the
 * contract (contract.ts).
 */
import { z } from 'zod';
import { FILTERABLE_RECORD_FIELDS, FILTER_OPS, IMPORTED_AS, RECORD_KINDS } from './domain';
import { charsAtMost } from './text-limit';

/** The longest view name, in characters (the save form's field stops there). */
export const VIEW_NAME_MAX = 60;

const recordKind = z.enum(RECORD_KINDS);

// ---- Curation grids: the shapes of a grid query (records/page, records/facets) ----
const facetValues = <T extends z.ZodType>(t: T) => z.array(t.nullable()).max(500).optional();
const facetSelection = z.strictObject({
  province: facetValues(z.string().max(200)),
  city: facetValues(z.string().max(200)),
  programme: facetValues(z.string().max(500)),
  year: facetValues(z.number().int()),
  batch: facetValues(z.string().max(200)),
  status: facetValues(z.string().max(200)),
  hasWarnings: z.boolean().optional(),
  hasDuplicates: z.boolean().optional(),
  notices: z.array(z.number().int().positive()).min(1).max(500).optional(),
  importedAs: z.enum(IMPORTED_AS).optional(),
});
const columnFilter = z.strictObject({
  field: z.enum(FILTERABLE_RECORD_FIELDS),
  join: z.enum(['AND', 'OR']).default('AND'),
  conditions: z
    .array(
      z.strictObject({
        op: z.enum(FILTER_OPS),
        value: z
          .union([z.string().max(500), z.number()])
          .nullable()
          .optional(),
        valueTo: z.number().nullable().optional(),
      }),
    )
    .min(1)
    .max(10),
});
/** What narrows a grid: quick search, facets, column filters. Shared by page and facets. */
export const gridQuery = {
  kind: recordKind.optional(),
  search: z.string().max(200).optional(),
  facets: facetSelection.optional(),
  filters: z.array(columnFilter).max(30).optional(),
};
export const gridName = z
  .string()
  .regex(/^[a-z][a-z0-9_-]{0,39}$/, '表格名只能是小写字母、数字、-、_');
export const columnLayout = z.strictObject({
  colId: z.string().min(1).max(60),
  width: z.number().int().min(20).max(2000).optional(),
  hide: z.boolean().optional(),
});
/** A saved view's grid filter is a preference, not data: a few KB at most. */
export const MAX_FILTER_MODEL_CHARS = 64_000;
/** Serialised length, or Infinity for what cannot be serialised (cycles, depth). */
function jsonSize(value: unknown): number {
  try {
    return JSON.stringify(value)?.length ?? 0;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}
export const savedView = z.strictObject({
  name: charsAtMost(z.string().trim().min(1, '视图名不能为空'), VIEW_NAME_MAX, '视图名'),
  search: z.string().max(200),
  facets: facetSelection,
  filterModel: z
    .record(z.string().max(60), z.unknown())
    .refine((m) => jsonSize(m) <= MAX_FILTER_MODEL_CHARS, {
      message: `筛选条件过大（上限 ${MAX_FILTER_MODEL_CHARS / 1000} K 字符），请减少筛选条件后再保存`,
    }),
  sort: z
    .array(z.strictObject({ colId: z.string().max(60), dir: z.enum(['asc', 'desc']) }))
    .max(10),
  columns: z.array(columnLayout).max(60),
});
