/**
 * Bulk edit in the import preview: one column of every row still ticked for import set to
 * one value, or cleared (an empty value clears it), before anything is written.
 */
import { useState } from 'react';
import type { SessionFile } from './import-session';
import { withEdit } from './import-session';

const COLUMNS = { title: '名称／主题', regionText: '地区（原文）' } as const;
type Column = keyof typeof COLUMNS;

export function PreviewBulkEdit(props: { file: SessionFile; onChange: (f: SessionFile) => void }) {
  const { file: f } = props;
  const [column, setColumn] = useState<Column>('title');
  const [value, setValue] = useState('');
  const rows = f.records.map((_, row) => f.slots[row] ?? row).filter((i) => !f.exclude.has(i));
  const apply = () => {
    let next = f;
    for (const i of rows) next = withEdit(next, i, { [column]: value });
    props.onChange(next);
  };
  return (
    <div className="preview-bulk" role="group" aria-label="批量修改要导入的行">
      <span>把勾选导入的 {rows.length} 行的</span>
      <select
        aria-label="要修改的列"
        value={column}
        onChange={(e) => setColumn(e.target.value as Column)}
      >
        {(Object.keys(COLUMNS) as Column[]).map((c) => (
          <option key={c} value={c}>
            {COLUMNS[c]}
          </option>
        ))}
      </select>
      <span>改为</span>
      <input
        aria-label="新的值"
        value={value}
        placeholder="不填则清空"
        onChange={(e) => setValue(e.target.value)}
      />
      <button type="button" className="button small" disabled={rows.length === 0} onClick={apply}>
        {value.trim() === '' ? `清空 ${rows.length} 行` : `改 ${rows.length} 行`}
      </button>
    </div>
  );
}
