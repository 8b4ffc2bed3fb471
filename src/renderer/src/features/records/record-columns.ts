/** Grid columns for records: every field staff read, region shown as names with its code. */
import type { ColDef } from 'ag-grid-community';
import type { LedgerRecord } from '../../../../shared/domain';

export const recordColumns: ColDef<LedgerRecord>[] = [
  { headerName: '序号', field: 'seq', width: 80, sortable: true },
  {
    headerName: '地区',
    colId: 'regionText',
    field: 'regionText',
    width: 220,
    sortable: true,
    valueGetter: (p) =>
      p.data ? [p.data.province, p.data.city, p.data.county, p.data.town].filter(Boolean).join('') || p.data.regionText : '',
  },
  { headerName: '区划代码', field: 'regionCode', colId: 'regionCode', width: 110, sortable: true },
  { headerName: '单位', field: 'unit', width: 180 },
  { headerName: '名称／主题', field: 'title', colId: 'title', flex: 2, minWidth: 260, sortable: true },
  { headerName: '内容', field: 'content', flex: 2, minWidth: 200 },
  { headerName: '项目', field: 'programme', colId: 'programme', width: 220, sortable: true },
  { headerName: '年度', field: 'year', colId: 'year', width: 90, sortable: true },
  { headerName: '批次', field: 'batch', width: 90 },
  { headerName: '状态', field: 'status', colId: 'status', width: 100, sortable: true },
  {
    headerName: '来源',
    colId: 'mentions',
    width: 90,
    valueGetter: (p) => (p.data ? `${p.data.mentions.length} 份` : ''),
  },
];
