/**
 * 导出当前视图: exactly what the grid shows — the ticked rows, or else every row of the
 * current search, facets and filters — in the grid's order, to Excel or to the Word
 * attachment (its columns those of the shown columns the attachment can print).
 */
import type { GridApi } from 'ag-grid-community';
import type { GridRecord, RecordKind } from '../../../../shared/domain';
import type { ExportColumnId } from '../../../../shared/export-options';
import type { MethodInput } from '../../../../shared/contract';
import { api } from '../../api';
import { announce } from '../../components/undo-bus';
import { downloadBase64, MIME } from '../export/download';
import { toSort } from './grid-query';
import { tickedNodes } from './ticked';

type PageQuery = Omit<MethodInput<'records/page'>, 'offset' | 'limit' | 'sort'>;

/** The grid column each attachment column prints from. */
const WORD_COLUMN: Record<string, ExportColumnId> = {
  seq: 'seq',
  regionText: 'unit',
  region: 'unit',
  unit: 'unit',
  title: 'title',
  content: 'content',
};

async function idsOnScreen(grid: GridApi<GridRecord>, query: PageQuery): Promise<number[]> {
  const ticked = tickedNodes(grid).map((n) => n.data!.id);
  if (ticked.length > 0) return ticked;
  const sort = toSort(grid.getColumnState() as Parameters<typeof toSort>[0]);
  const ids: number[] = [];
  for (let offset = 0; ; offset += 1000) {
    const r = await api.call('records/page', { ...query, offset, limit: 1000, sort });
    if (!r.ok) throw new Error(r.error.message);
    ids.push(...r.value.rows.map((x) => x.id));
    if (r.value.rows.length < 1000 || ids.length >= r.value.total) return ids;
  }
}

export async function exportView(
  grid: GridApi<GridRecord>,
  kind: RecordKind,
  query: PageQuery,
  format: 'xlsx' | 'docx',
): Promise<void> {
  try {
    const ids = await idsOnScreen(grid, query);
    if (ids.length === 0)
      return announce({
        message: '当前视图没有记录，未生成文件',
        tone: 'error',
        dataChanged: false,
      });
    const shown = grid.getAllDisplayedColumns().map((c) => WORD_COLUMN[c.getColId()]);
    const columns = [...new Set(shown.filter((c): c is ExportColumnId => !!c))];
    const r = await api.call('export/create', {
      format,
      kind,
      ids,
      ...(format === 'docx' && columns.length > 0 ? { columns, layout: 'list' as const } : {}),
    });
    if (!r.ok) return announce({ message: r.error.message, tone: 'error', dataChanged: false });
    if (r.value.dataBase64) downloadBase64(r.value.file, r.value.dataBase64, MIME[format]);
    announce({
      message: `已导出当前视图的 ${r.value.rows} 条记录：${r.value.file}`,
      tone: 'info',
      dataChanged: false,
      outcomeOf: 'export/create',
    });
  } catch (e) {
    announce({
      message: e instanceof Error ? e.message : String(e),
      tone: 'error',
      dataChanged: false,
    });
  }
}
