/**
 * 通知: every imported notice with its metadata, warning count and records; opening one
 * (`#/notices/<id>`) shows its raw text exactly as imported with each record's span
 * highlighted, so staff can check the ledger against what the notice said.
 */
import { AG_GRID_LOCALE_CN } from '@ag-grid-community/locale';
import type { ColDef } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useEffect, useState } from 'react';
import type { NoticeOverview } from '../../../../shared/domain';
import { NOTICE_ROLE_LABELS, noticeKindLabel } from '../../../../shared/notice-roles';
import { EmptyState } from '../../components/EmptyState';
import { ErrorNote } from '../../components/ErrorNote';
import { PageHeader } from '../../components/PageHeader';
import { onLedgerChange } from '../../components/undo-bus';
import { useApi } from '../../use-api';
import { gridTheme } from '../records/grid-setup';
import { NoticeText } from './NoticeText';
import { NoticeTitleCell, noticeTitleText, UNTITLED_HINT } from './NoticeTitleCell';
import { saveNoticeTitle } from './save-notice-title';
import { minuteText } from '../../components/date-text';

const idFromHash = () => {
  const m = /^#\/notices\/(\d+)/.exec(window.location.hash);
  return m ? Number(m[1]) : null;
};

const columns: ColDef<NoticeOverview>[] = [
  {
    field: 'title',
    headerName: '标题',
    flex: 2,
    minWidth: 260,
    filter: 'agTextColumnFilter',
    // An untitled notice is named by what it is, its file after (NoticeTitleCell), and its
    // title is typed into the cell: the one column here a clerk edits.
    cellRenderer: NoticeTitleCell,
    filterValueGetter: (p) => noticeTitleText(p.data),
    comparator: (a, b, x, y) => noticeTitleText(x.data).localeCompare(noticeTitleText(y.data)),
    tooltipValueGetter: (p) =>
      p.data?.title ? p.data.title : `${noticeTitleText(p.data)}\n${UNTITLED_HINT}`,
    editable: (p) => !p.data?.title,
  },
  { field: 'docNo', headerName: '文号', width: 160, filter: 'agTextColumnFilter' },
  { field: 'issuer', headerName: '发文机关', width: 150, filter: 'agTextColumnFilter' },
  {
    field: 'issuedOn',
    headerName: '成文日期',
    // wide enough for （正文无日期） whole, not only for 2024-05-01
    width: 130,
    sort: 'desc',
    valueFormatter: (p) => p.value ?? (p.data?.dateFromFile ? '（正文无日期）' : ''),
  },
  // The counts a clerk reviews by (which notices still have warnings) stand before the
  // descriptive columns: at 1366 px the columns after 项目 are scrolled out of sight.
  { field: 'records', headerName: '记录', width: 80, filter: 'agNumberColumnFilter' },
  {
    colId: 'warnings',
    headerName: '警告',
    width: 80,
    valueGetter: (p) => p.data?.warnings.length ?? 0,
    cellClassRules: { 'cell-warn': (p) => (p.value as number) > 0 },
    filter: 'agNumberColumnFilter',
  },
  {
    colId: 'role',
    headerName: '作用',
    width: 120,
    valueGetter: (p) => (p.data?.role ? NOTICE_ROLE_LABELS[p.data.role] : '（未识别）'),
    filter: 'agTextColumnFilter',
  },
  {
    colId: 'kind',
    headerName: '类型',
    width: 110,
    valueGetter: (p) => noticeKindLabel(p.data?.kind ?? null),
    filter: 'agTextColumnFilter',
  },
  { field: 'programme', headerName: '项目', width: 200, filter: 'agTextColumnFilter' },
  { field: 'batch', headerName: '批次', width: 90, filter: 'agTextColumnFilter' },
  { field: 'file', headerName: '文件', width: 180, tooltipField: 'file' },
  {
    field: 'importedAt',
    headerName: '导入时间',
    width: 150,
    valueFormatter: (p) => minuteText(String(p.value ?? '')),
  },
];

export function NoticesPage() {
  const [openId, setOpenId] = useState<number | null>(idFromHash);
  const list = useApi('notices/overview', {});
  const { reload } = list;
  useEffect(() => {
    const onHash = () => setOpenId(idFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => onLedgerChange((c) => c.dataChanged && reload()), [reload]);

  if (openId !== null)
    return <NoticeText id={openId} onBack={() => (window.location.hash = '#/notices')} />;
  const rows = list.value ?? [];
  return (
    <div className="records-page">
      <PageHeader title="通知" subtitle={list.value ? `共 ${rows.length} 份` : '正在加载…'} />
      {list.error && <ErrorNote error={list.error} />}
      {list.value && rows.length === 0 ? (
        <EmptyState
          title="还没有导入通知"
          action={
            <a className="button primary" href="#/import">
              去导入通知
            </a>
          }
        >
          <p>
            导入后，这里列出每份通知的文号、日期、警告和记录数；打开一份可看原文，并标出每条记录出自哪一句。
          </p>
        </EmptyState>
      ) : (
        <div className="grid-wrap" data-testid="grid-notices">
          <AgGridReact<NoticeOverview>
            theme={gridTheme}
            localeText={AG_GRID_LOCALE_CN}
            rowData={rows}
            columnDefs={columns}
            defaultColDef={{ resizable: true, sortable: true }}
            getRowId={(p) => String(p.data.id)}
            readOnlyEdit
            onCellEditRequest={(e) => e.data && void saveNoticeTitle(e.data, e.newValue)}
            // A double-click opens the notice, except on a title still to be typed: it edits.
            onCellDoubleClicked={(e) => {
              if (e.data && !e.column.isCellEditable(e.node))
                window.location.hash = `#/notices/${e.data.id}`;
            }}
            onCellKeyDown={(e) => {
              const key = e.event as KeyboardEvent | null;
              // Enter in the title being typed stores it; elsewhere it opens the notice.
              if (key?.key !== 'Enter' || !e.data || e.api.getEditingCells().length > 0) return;
              if (key.target instanceof HTMLInputElement) return;
              window.location.hash = `#/notices/${e.data.id}`;
            }}
          />
        </div>
      )}
    </div>
  );
}
