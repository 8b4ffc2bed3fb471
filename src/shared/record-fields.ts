/**
 * Every field of a record, said once: its SQL column, its one Chinese label, its type,
 * whether a person edits it, whether a notice sets it at import, which merge group it moves
 * with, and where it shows (grid column, export column). Grid columns, the SQL column maps,
 * merge groups, labels, history sentences and export headers all derive from this table,
 * so a label cannot disagree with itself from one screen to the next.
 *
 * Order is the grid's column order.
 */
import type { RecordKind } from './domain';

export type FieldType = 'id' | 'kind' | 'integer' | 'text' | 'longText' | 'code' | 'timestamp';

/** Fields that move together in a merge (a region is chosen whole: text, codes and names). */
export const MERGE_GROUPS = {
  title: null,
  region: '地区',
  unit: null,
  content: null,
  programme: '项目与年度',
  seq: null,
  status: null,
} as const satisfies Record<string, string | null>;
export type MergeGroup = keyof typeof MERGE_GROUPS;
export const MERGE_GROUP_NAMES = Object.keys(MERGE_GROUPS) as [MergeGroup, ...MergeGroup[]];

interface FieldSpec {
  column: string;
  label: string;
  type: FieldType;
  /** A person may change it in the grid (region names and codes follow the region text instead). */
  editable: boolean;
  /** A notice sets it at import, and provenance remembers which mention did. */
  imported: boolean;
  merge: MergeGroup | null;
  /** Its grid column: default width and whether it starts hidden; null: not a column. */
  grid: { width: number; hidden?: boolean } | null;
  /**
   * Its header in exports (Word lists, the workbook's detail sheets), per record kind where
   * the words differ: each kind as its notices print it (shared/export-options.ts).
   */
  export: string | Readonly<Record<RecordKind, string>> | null;
}

export const RECORD_FIELDS = {
  id: {
    column: 'id',
    label: '编号',
    type: 'id',
    editable: false,
    imported: false,
    merge: null,
    grid: { width: 90, hidden: true },
    export: null,
  },
  kind: {
    column: 'kind',
    label: '类别',
    type: 'kind',
    editable: true,
    imported: false,
    merge: null,
    grid: { width: 100, hidden: true },
    export: null,
  },
  seq: {
    column: 'seq',
    label: '序号',
    type: 'integer',
    editable: true,
    imported: true,
    merge: 'seq',
    // A list's number and the header's filter mark: wider, the 区划 column was cut at 1280 px.
    grid: { width: 72 },
    export: null,
  },
  title: {
    column: 'title',
    label: '名称／主题',
    type: 'text',
    editable: true,
    imported: true,
    merge: 'title',
    // Pinned: about sixteen characters, the rest on hover or in the panel (Enter). At 300 px
    // the columns after it were cut by the window's edge at 1280 px with the filters open.
    grid: { width: 248 },
    export: { zone: '实验主题', case: '案例名称', observation: '主题', other: '名称' },
  },
  regionText: {
    column: 'region_text',
    label: '地区（原文）',
    type: 'text',
    editable: true,
    imported: true,
    merge: 'region',
    // A county written in full with its province and city (about 11 characters) fits; the
    // longer ones show whole on hover. Wider would leave a small window no unpinned columns.
    grid: { width: 176 },
    export: null,
  },
  regionCode: {
    column: 'region_code',
    label: '区划代码',
    type: 'code',
    editable: false,
    imported: true,
    merge: 'region',
    grid: { width: 100 },
    export: null,
  },
  province: {
    column: 'province',
    label: '省份',
    type: 'text',
    editable: false,
    imported: true,
    merge: 'region',
    grid: { width: 100 },
    export: '省份',
  },
  city: {
    column: 'city',
    label: '地市',
    type: 'text',
    editable: false,
    imported: true,
    merge: 'region',
    grid: { width: 100 },
    export: null,
  },
  county: {
    column: 'county',
    label: '区县',
    type: 'text',
    editable: false,
    imported: true,
    merge: 'region',
    grid: { width: 100, hidden: true },
    export: null,
  },
  town: {
    column: 'town',
    label: '乡镇（街道）',
    type: 'text',
    editable: false,
    imported: true,
    merge: 'region',
    grid: { width: 120, hidden: true },
    export: null,
  },
  unitCode: {
    column: 'unit_code',
    label: '单位代码',
    type: 'code',
    editable: false,
    imported: true,
    merge: 'region',
    grid: { width: 130, hidden: true },
    export: null,
  },
  unit: {
    column: 'unit',
    label: '单位',
    type: 'text',
    editable: true,
    imported: true,
    merge: 'unit',
    grid: { width: 160 },
    export: { zone: '实验单位', case: '地区', observation: '观察点', other: '地区' },
  },
  programme: {
    column: 'programme',
    label: '项目',
    type: 'text',
    editable: true,
    imported: true,
    merge: 'programme',
    grid: { width: 220 },
    export: '项目',
  },
  year: {
    column: 'year',
    label: '年度',
    type: 'integer',
    editable: true,
    imported: true,
    merge: 'programme',
    grid: { width: 90 },
    export: '年度',
  },
  batch: {
    column: 'batch',
    label: '批次',
    type: 'text',
    editable: true,
    imported: true,
    merge: 'programme',
    grid: { width: 90 },
    export: null,
  },
  status: {
    column: 'status',
    label: '状态',
    type: 'text',
    editable: true,
    imported: true,
    merge: 'status',
    grid: { width: 100 },
    export: '状态',
  },
  content: {
    column: 'content',
    label: '内容',
    type: 'longText',
    editable: true,
    imported: true,
    merge: 'content',
    grid: { width: 260 },
    export: { zone: '实验内容', case: '案例简介', observation: '主要做法', other: '内容' },
  },
  updatedAt: {
    column: 'updated_at',
    label: '修改时间',
    type: 'timestamp',
    editable: false,
    imported: false,
    merge: null,
    grid: { width: 150, hidden: true },
    export: null,
  },
} as const satisfies Record<string, FieldSpec>;

export type RecordFieldName = keyof typeof RECORD_FIELDS;
type Spec<K extends RecordFieldName> = (typeof RECORD_FIELDS)[K];

export type EditableRecordField = {
  [K in RecordFieldName]: Spec<K>['editable'] extends true ? K : never;
}[RecordFieldName];
export type ImportedRecordField = {
  [K in RecordFieldName]: Spec<K>['imported'] extends true ? K : never;
}[RecordFieldName];
/** Columns as stored, for the fields a notice sets. */
export type ImportedColumn = Spec<ImportedRecordField>['column'];

export const RECORD_FIELD_NAMES = Object.keys(RECORD_FIELDS) as [
  RecordFieldName,
  ...RecordFieldName[],
];

const where = <K extends RecordFieldName>(
  test: (spec: FieldSpec, name: RecordFieldName) => boolean,
): [K, ...K[]] => RECORD_FIELD_NAMES.filter((n) => test(RECORD_FIELDS[n], n)) as [K, ...K[]];

export const EDITABLE_RECORD_FIELDS = where<EditableRecordField>((s) => s.editable);
export const IMPORTED_RECORD_FIELDS = where<ImportedRecordField>((s) => s.imported);
/** Every field but the modification time is a grid filter. */
export const FILTERABLE_RECORD_FIELDS = where<Exclude<RecordFieldName, 'updatedAt'>>(
  (s) => s.type !== 'timestamp',
);

export const fieldLabel = (name: RecordFieldName): string => RECORD_FIELDS[name].label;

const BY_COLUMN = new Map<string, RecordFieldName>(
  RECORD_FIELD_NAMES.map((n) => [RECORD_FIELDS[n].column, n]),
);
/** The field stored in a column (history and merges speak in columns). */
export const fieldOfColumn = (column: string): RecordFieldName | undefined => BY_COLUMN.get(column);

/** Columns a notice sets, in registry order (the importer's INSERT and its provenance). */
export const IMPORTED_COLUMNS = IMPORTED_RECORD_FIELDS.map(
  (n) => RECORD_FIELDS[n].column,
) as ImportedColumn[];

function perGroup<T>(f: (g: MergeGroup) => T): Record<MergeGroup, T> {
  const out = {} as Record<MergeGroup, T>;
  for (const g of MERGE_GROUP_NAMES) out[g] = f(g);
  return out;
}

/** Per merge group, the columns that move together. */
export const MERGE_GROUP_COLUMNS = perGroup((g): readonly string[] =>
  RECORD_FIELD_NAMES.filter((n) => RECORD_FIELDS[n].merge === g).map(
    (n) => RECORD_FIELDS[n].column,
  ),
);

/** A merge group's label: its own name where it has one, else its only field's label. */
export const MERGE_GROUP_LABELS = perGroup((g): string => {
  const own: string | null = MERGE_GROUPS[g];
  const field = RECORD_FIELD_NAMES.find((n) => RECORD_FIELDS[n].merge === g);
  return own ?? (field ? fieldLabel(field) : g);
});

/** A field's header in a kind's export sheet. */
export function exportLabel(name: RecordFieldName, kind: RecordKind): string {
  const e: FieldSpec['export'] = RECORD_FIELDS[name].export;
  if (e === null) return fieldLabel(name);
  return typeof e === 'string' ? e : e[kind];
}
