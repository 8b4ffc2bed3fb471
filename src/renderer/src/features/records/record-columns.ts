/**
 * Grid columns for records: every field, region shown as names with its code. Editable
 * columns name the record field they write (`EDIT_FIELD`), which paste and bulk edit use
 * too. Region names and codes are read-only: they follow the region text via the gazetteer.
 */
import type { ColDef, ValueFormatterParams } from 'ag-grid-community';
import type { EditableRecordField, GridRecord } from '../../../../shared/domain';
import { RECORD_KIND_LABELS, RECORD_KINDS } from '../../../../shared/domain';
import { SORTABLE_RECORD_FIELDS } from '../../../../shared/contract';
import { RegionEditor } from './RegionEditor';

/** Column id → the record field an edit in it writes. */
export const EDIT_FIELD: Record<string, EditableRecordField> = {
  kind: 'kind',
  seq: 'seq',
  regionText: 'regionText',
  unit: 'unit',
  title: 'title',
  content: 'content',
  programme: 'programme',
  year: 'year',
  batch: 'batch',
  status: 'status',
};

export const COLUMN_LABELS: Record<string, string> = {};

const sortable = (colId: string) =>
  (SORTABLE_RECORD_FIELDS as readonly string[]).includes(colId === 'region' ? 'regionCode' : colId);

const text = (
  colId: string,
  headerName: string,
  extra: ColDef<GridRecord> = {},
): ColDef<GridRecord> => {
  COLUMN_LABELS[colId] = headerName;
  return {
    colId,
    field: colId as keyof GridRecord,
    headerName,
    filter: 'agTextColumnFilter',
    sortable: sortable(colId),
    editable: colId in EDIT_FIELD,
    tooltipValueGetter: (p) =>
      typeof p.value === 'string' && p.value.length > 12 ? p.value : undefined,
    ...extra,
  };
};

const number = (
  colId: string,
  headerName: string,
  extra: ColDef<GridRecord> = {},
): ColDef<GridRecord> =>
  text(colId, headerName, {
    filter: 'agNumberColumnFilter',
    cellEditor: 'agNumberCellEditor',
    cellClass: 'num',
    ...extra,
  });

const regionLabel = (r: GridRecord) => {
  const names = [r.province, r.city, r.county, r.town]
    .filter((n, i, all) => n && all.indexOf(n) === i)
    .join('');
  const code = r.unitCode ?? r.regionCode;
  return names ? `${names}${code ? `（${code}）` : ''}` : '';
};

const yesNo = (p: ValueFormatterParams<GridRecord, boolean>) => (p.value ? '是' : '');

export const recordColumns: ColDef<GridRecord>[] = [
  number('id', '编号', { width: 90, hide: true, editable: false }),
  text('kind', '类别', {
    width: 100,
    hide: true,
    cellEditor: 'agSelectCellEditor',
    cellEditorParams: { values: [...RECORD_KINDS] },
    valueFormatter: (p) =>
      p.value ? RECORD_KIND_LABELS[p.value as keyof typeof RECORD_KIND_LABELS] : '',
    filter: false,
  }),
  number('seq', '序号', { width: 96 }),
  text('title', '名称／主题', {
    width: 300,
    cellClassRules: { 'cell-missing': (p) => !!p.data && p.data.kind !== 'other' && !p.data.title },
  }),
  text('regionText', '地区（原文）', {
    width: 170,
    cellEditor: RegionEditor,
    cellEditorPopup: true,
  }),
  text('regionCode', '区划代码', { width: 100, cellClass: 'code' }),
  text('region', '区划（名称与代码）', {
    field: undefined,
    width: 250,
    editable: false,
    filter: false, // filter by 省份/地市 or the facets; the code has its own column
    valueGetter: (p) => (p.data ? regionLabel(p.data) : ''),
    cellClassRules: { 'cell-missing': (p) => !!p.data?.regionText && !p.data.regionCode },
    tooltipValueGetter: (p) =>
      p.data?.regionText && !p.data.regionCode ? '未能确定区划代码：请修改地区（原文）' : undefined,
  }),
  text('province', '省份', { width: 100 }),
  text('city', '地市', { width: 100 }),
  text('county', '区县', { width: 100, hide: true }),
  text('town', '乡镇（街道）', { width: 120, hide: true }),
  text('unitCode', '单位代码', { width: 130, hide: true, cellClass: 'code' }),
  text('unit', '单位', { width: 160 }),
  text('programme', '项目', { width: 220 }),
  number('year', '年度', { width: 90, cellEditorParams: { min: 1949, max: 2100, precision: 0 } }),
  text('batch', '批次', { width: 90 }),
  text('status', '状态', { width: 100 }),
  text('content', '内容', {
    width: 260,
    cellEditor: 'agLargeTextCellEditor',
    cellEditorPopup: true,
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
    tooltipValueGetter: (p) => p.data?.mentions.map((m) => m.file).join('、'),
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
    headerName: '重复/关联',
    width: 96,
    valueFormatter: yesNo,
  },
  text('updatedAt', '修改时间', {
    width: 150,
    hide: true,
    filter: false,
    valueFormatter: (p) =>
      typeof p.value === 'string' ? p.value.slice(0, 19).replace('T', ' ') : '',
  }),
];
COLUMN_LABELS.mentions = '来源';
COLUMN_LABELS.hasWarnings = '警告';
COLUMN_LABELS.hasDuplicates = '重复/关联';
