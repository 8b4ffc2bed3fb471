/**
 * Grid columns for records: every field, region shown as names with its code. Editable
 * columns name the record field they write (`EDIT_FIELD`), which paste and bulk edit use
 * too. Region names and codes are read-only: they follow the region text via the gazetteer.
 */
import type { ColDef, ValueFormatterParams } from 'ag-grid-community';
import type { EditableRecordField, GridRecord, RecordKind } from '../../../../shared/domain';
import { RECORD_KIND_LABELS, RECORD_KINDS } from '../../../../shared/domain';
import {
  EDITABLE_RECORD_FIELDS,
  fieldLabel,
  RECORD_FIELD_NAMES,
  RECORD_FIELDS,
  type RecordFieldName,
} from '../../../../shared/record-fields';
import { SORTABLE_RECORD_FIELDS } from '../../../../shared/contract';
import { CELL_MAX_CHARS } from '../../../../shared/contract-schemas';
import { titleMissing } from './missing-values';
import { regionLabel } from './region-label';
import { RegionCell } from './region-cell';
import { RegionEditor } from './RegionEditor';
import { leadingColumn } from './column-lead';
import { dateTimeText } from '../../components/date-text';

/** Column id → the record field an edit in it writes (the registry's editable fields). */
export const EDIT_FIELD: Record<string, EditableRecordField> = Object.fromEntries(
  EDITABLE_RECORD_FIELDS.map((f) => [f, f]),
);

/** Column id → header: the registry's labels, plus the grid's own computed columns. */
export const COLUMN_LABELS: Record<string, string> = Object.fromEntries(
  RECORD_FIELD_NAMES.map((n) => [n, fieldLabel(n)]),
);

const sortable = (colId: string) =>
  (SORTABLE_RECORD_FIELDS as readonly string[]).includes(colId === 'region' ? 'regionCode' : colId);

const text = (
  colId: string,
  headerName: string,
  extra: ColDef<GridRecord> = {},
): ColDef<GridRecord> => {
  COLUMN_LABELS[colId] = headerName;
  const grid = isRecordField(colId) ? RECORD_FIELDS[colId].grid : null;
  return {
    colId,
    field: colId as keyof GridRecord,
    headerName,
    ...(grid ? { width: grid.width, hide: 'hidden' in grid && grid.hidden } : {}),
    filter: 'agTextColumnFilter',
    sortable: sortable(colId),
    editable: colId in EDIT_FIELD,
    tooltipValueGetter: (p) =>
      typeof p.value === 'string' && p.value.length > 12 ? p.value : undefined,
    ...extra,
  };
};

/** A registry field's column: its label, width and visibility come from the registry. */
const field = (name: RecordFieldName, extra: ColDef<GridRecord> = {}): ColDef<GridRecord> =>
  (RECORD_FIELDS[name].type === 'integer' || RECORD_FIELDS[name].type === 'id' ? number : text)(
    name,
    fieldLabel(name),
    extra,
  );

const isRecordField = (colId: string): colId is RecordFieldName => colId in RECORD_FIELDS;

const number = (
  colId: string,
  headerName: string,
  extra: ColDef<GridRecord> = {},
): ColDef<GridRecord> =>
  text(colId, headerName, {
    filter: 'agNumberColumnFilter',
    // Edited as text, not with the number editor: a number input drops what it cannot
    // parse (２０２１ from a full-width input method, 二〇一九年), so the save cleared the
    // field or kept nothing without a word. As text it reaches the backend, which reads
    // 2019年度 and full-width digits and refuses the rest with a message.
    cellEditor: 'agTextCellEditor',
    cellClass: 'num',
    ...extra,
  });

const yesNo = (p: ValueFormatterParams<GridRecord, boolean>) => (p.value ? '是' : '');

const recordColumns: ColDef<GridRecord>[] = [
  field('id', { editable: false }),
  field('kind', {
    cellEditor: 'agSelectCellEditor',
    cellEditorParams: { values: [...RECORD_KINDS] },
    valueFormatter: (p) =>
      p.value ? RECORD_KIND_LABELS[p.value as keyof typeof RECORD_KIND_LABELS] : '',
    filter: false,
  }),
  field('seq'),
  field('title', {
    pinned: 'left',
    cellClassRules: { 'cell-missing': (p) => !!p.data && titleMissing(p.data) },
  }),
  field('regionText', {
    pinned: 'left',
    cellEditor: RegionEditor,
    cellEditorPopup: true,
    // A region longer than the column shows whole on hover (a township with its county).
    tooltipValueGetter: (p) =>
      typeof p.value === 'string' && p.value.length > 11 ? p.value : undefined,
  }),
  field('regionCode', { cellClass: 'code' }),
  text('region', '区划（名称与代码）', {
    field: undefined,
    // The names over their codes (RegionCell): room for a county written in full and most
    // townships; longer ones end in … (tooltip). With the code beside the name, at 264 px,
    // the column was cut by the window's edge at 1280 px with the filters open.
    width: 196,
    cellRenderer: RegionCell,
    editable: false,
    filter: false, // filter by 省份/地市 or the facets; the code has its own column
    valueGetter: (p) => (p.data ? regionLabel(p.data) : ''),
    cellClassRules: { 'cell-missing': (p) => !!p.data?.regionText && !p.data.regionCode },
    // A long name is cut with an ellipsis in the cell and shown whole on hover.
    tooltipValueGetter: (p) =>
      p.data?.regionText && !p.data.regionCode
        ? `未能确定区划代码：请修改${fieldLabel('regionText')}`
        : typeof p.value === 'string' && p.value !== ''
          ? p.value
          : undefined,
  }),
  field('province'),
  field('city'),
  field('county'),
  field('town'),
  field('unitCode', { cellClass: 'code' }),
  field('unit'),
  field('programme'),
  field('year'),
  field('batch'),
  field('status', {
    // Room for a graded status (已验收（优秀）) with the header's sort and filter icons.
    width: 150,
    // Nothing written: the status the export derives from the milestones, shown pale.
    valueFormatter: (p) =>
      typeof p.value === 'string' && p.value.trim() ? p.value : (p.data?.derivedStatus ?? ''),
    cellClassRules: { 'cell-derived': (p) => !p.data?.status?.trim() && !!p.data?.derivedStatus },
    tooltipValueGetter: (p) =>
      !p.data?.status?.trim() && p.data?.derivedStatus
        ? `${p.data.derivedStatus}（按期限推算，未填写；导出 Excel 时同样写入）`
        : typeof p.value === 'string' && p.value.length > 6
          ? p.value
          : undefined,
  }),
  field('content', {
    cellEditor: 'agLargeTextCellEditor',
    cellEditorPopup: true,
    // The editor's own default stops typing and cuts a paste at 200 characters: a case's
    // content runs to thousands. The contract's bound for a cell is the only one: it counts
    // characters (text-limit.ts), the editor's code units, two for a character past the BMP —
    // so the editor's stop is set where no text within the bound can reach it.
    cellEditorParams: { maxLength: 2 * CELL_MAX_CHARS },
  }),
  {
    colId: 'mentions',
    headerName: '来源',
    width: 80,
    valueGetter: (p) => (p.data ? p.data.mentions.length : null),
    valueFormatter: (p) =>
      p.value === null || p.value === undefined
        ? ''
        : p.value === 0
          ? '手工'
          : `${String(p.value)} 份`,
    // A click here opens the record panel (its sources and history): a double-click on the
    // other columns edits them, as in a spreadsheet.
    cellClass: 'cell-link',
    tooltipValueGetter: (p) =>
      p.data
        ? `${p.data.mentions.map((m) => m.file).join('、') || '手工添加'}（点击查看来源和详情，或按 Enter）`
        : null,
  },
  {
    colId: 'hasWarnings',
    field: 'hasWarnings',
    headerName: '警告',
    width: 72,
    valueFormatter: yesNo,
    cellClass: 'cell-warn',
  },
  {
    colId: 'hasDuplicates',
    field: 'hasDuplicates',
    headerName: '多来源/重复/关联',
    width: 132,
    valueFormatter: yesNo,
  },
  field('updatedAt', {
    filter: false,
    valueFormatter: (p) => (typeof p.value === 'string' ? dateTimeText(p.value) : ''),
  }),
];
/** The columns a grid of this kind opens with, led as column-lead.ts says. */
const BY_KIND = Object.fromEntries(
  RECORD_KINDS.map((k) => [k, leadingColumn(k, recordColumns)]),
) as Record<RecordKind, ColDef<GridRecord>[]>;

export const columnsFor = (kind: RecordKind): ColDef<GridRecord>[] => BY_KIND[kind];

COLUMN_LABELS.mentions = '来源';
COLUMN_LABELS.hasWarnings = '警告';
COLUMN_LABELS.hasDuplicates = '多来源/重复/关联';
