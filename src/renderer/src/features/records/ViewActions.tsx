/** The toolbar's view controls: 分组 (sort + group strip) and 导出当前视图 to Excel or Word. */
import { useState } from 'react';
import type { FacetField } from '../../../../shared/domain';
import { GROUP_FIELDS } from './GroupBar';

export function ViewActions(props: {
  groupBy: FacetField | null;
  onGroupBy: (f: FacetField | null) => void;
  onExport: (format: 'xlsx' | 'docx') => Promise<void>;
}) {
  const [busy, setBusy] = useState(false);
  const run = (format: 'xlsx' | 'docx') => {
    setBusy(true);
    void props.onExport(format).finally(() => setBusy(false));
  };
  return (
    <>
      <select
        aria-label="分组"
        value={props.groupBy ?? ''}
        onChange={(e) => props.onGroupBy((e.target.value || null) as FacetField | null)}
      >
        <option value="">不分组</option>
        {GROUP_FIELDS.map((g) => (
          <option key={g.field} value={g.field}>
            按{g.label}分组
          </option>
        ))}
      </select>
      <span className="toolbar-group" role="group" aria-label="导出当前视图">
        <button
          type="button"
          className="button small"
          disabled={busy}
          title="导出当前筛选、排序、勾选与显示的列"
          onClick={() => run('xlsx')}
        >
          导出 Excel
        </button>
        <button
          type="button"
          className="button small"
          disabled={busy}
          title="导出为 Word 附件名单（当前筛选、排序、勾选）"
          onClick={() => run('docx')}
        >
          导出 Word
        </button>
      </span>
    </>
  );
}
