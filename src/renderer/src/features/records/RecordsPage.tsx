/**
 * A grid of one kind of record. Rows come from SQLite a page at a time (AG Grid's
 * infinite row model asks for blocks as the user scrolls); never a whole table.
 */
import { AG_GRID_LOCALE_CN } from '@ag-grid-community/locale';
import {
  InfiniteRowModelModule,
  LocaleModule,
  ModuleRegistry,
  type GridApi,
  type IDatasource,
  themeQuartz,
} from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useMemo, useRef, useState } from 'react';
import type { LedgerRecord, RecordKind } from '../../../../shared/domain';
import { RECORD_KIND_LABELS } from '../../../../shared/domain';
import type { ApiError } from '../../../../shared/result';
import { SORTABLE_RECORD_FIELDS } from '../../../../shared/contract';
import { api } from '../../api';
import { ErrorNote } from '../../components/ErrorNote';
import { PageHeader } from '../../components/PageHeader';
import { recordColumns } from './record-columns';

// Register only what the grid uses: AllCommunityModule would add megabytes.
ModuleRegistry.registerModules([InfiniteRowModelModule, LocaleModule]);

const PAGE_SIZE = 200;
type SortField = (typeof SORTABLE_RECORD_FIELDS)[number];
const isSortField = (s: string): s is SortField => (SORTABLE_RECORD_FIELDS as readonly string[]).includes(s);

const theme = themeQuartz.withParams({
  fontFamily: 'inherit',
  headerFontWeight: 600,
  spacing: 6,
});

const EMPTY_TEXT: Record<RecordKind, string> = {
  zone: '还没有实验区记录。请先在「导入」页导入确认实验区的通知或批复。',
  case: '还没有典型案例记录。请先在「导入」页导入公布典型案例的通知。',
  observation: '还没有观察点记录。请先在「导入」页导入观察点名单。',
  other: '还没有其他名单记录。',
};

export function RecordsPage({ kind }: { kind: RecordKind }) {
  const [total, setTotal] = useState<number | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const gridApi = useRef<GridApi<LedgerRecord> | null>(null);

  const datasource = useMemo<IDatasource>(
    () => ({
      getRows: (params) => {
        const sortModel = params.sortModel[0];
        const sort =
          sortModel && isSortField(sortModel.colId) ? { field: sortModel.colId, dir: sortModel.sort } : undefined;
        void api
          .call('records/page', {
            kind,
            offset: params.startRow,
            limit: Math.min(params.endRow - params.startRow, 1000),
            sort,
          })
          .then((r) => {
            if (!r.ok) {
              setError(r.error);
              params.failCallback();
              return;
            }
            setError(null);
            setTotal(r.value.total);
            params.successCallback(r.value.rows, r.value.total);
            if (r.value.total === 0) gridApi.current?.showNoRowsOverlay();
            else gridApi.current?.hideOverlay();
          });
      },
    }),
    [kind],
  );

  return (
    <div className="records-page">
      <PageHeader
        title={RECORD_KIND_LABELS[kind]}
        subtitle={total === null ? '正在读取…' : `共 ${total} 条`}
      />
      {error && <ErrorNote error={error} />}
      <div className="grid-wrap" data-testid={`grid-${kind}`}>
        <AgGridReact<LedgerRecord>
          theme={theme}
          localeText={AG_GRID_LOCALE_CN}
          columnDefs={recordColumns}
          defaultColDef={{ resizable: true }}
          rowModelType="infinite"
          cacheBlockSize={PAGE_SIZE}
          maxBlocksInCache={20}
          datasource={datasource}
          getRowId={(p) => String(p.data.id)}
          overlayNoRowsTemplate={`<span class="grid-empty">${EMPTY_TEXT[kind]}</span>`}
          onGridReady={(e) => {
            gridApi.current = e.api;
          }}
        />
      </div>
    </div>
  );
}
