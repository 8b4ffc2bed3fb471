/**
 * Finding another record of the same kind by place or theme, to point something at it: the
 * import preview's 改关联… of a joined item, and the record panel's 改关联到… of a source
 * that joined the wrong record. The record itself is never offered.
 */
import { useState } from 'react';
import type { LedgerRecord } from '../../../shared/domain';
import { api } from '../api';

/** The record picked, with how it is shown (place, programme, theme). */
export interface PickedRecord {
  recordId: number;
  label: string;
}

const describeRecord = (r: LedgerRecord) =>
  [
    r.regionText ?? r.unit ?? '',
    [r.programme, r.batch ?? (r.year ? `${r.year}年` : null)].filter(Boolean).join(' '),
    r.title,
  ]
    .filter(Boolean)
    .join(' · ');

export function RecordPicker(props: {
  record: Pick<LedgerRecord, 'id' | 'kind' | 'county' | 'regionText'>;
  onPick: (c: PickedRecord) => void;
  onCancel: () => void;
}) {
  const [query, setQuery] = useState(props.record.county ?? props.record.regionText ?? '');
  const [found, setFound] = useState<LedgerRecord[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const search = async () => {
    setError(null);
    const r = await api.call('records/page', {
      kind: props.record.kind,
      search: query.trim() || undefined,
      limit: 8,
    });
    if (!r.ok) return setError(r.error.message);
    setFound(r.value.rows.filter((x) => x.id !== props.record.id));
  };
  return (
    <div className="join-picker" role="group" aria-label="选择要关联的记录">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void search();
        }}
      >
        <input
          aria-label="搜索要关联的记录"
          placeholder="地名或主题"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          autoFocus
        />
        <button type="submit" className="button small">
          搜索
        </button>
        <button type="button" className="button small" onClick={props.onCancel}>
          取消
        </button>
      </form>
      {error && <div className="error-note">{error}</div>}
      {found && found.length === 0 && <div className="muted">没有找到同类记录</div>}
      {found && found.length > 0 && (
        <ul className="join-candidates">
          {found.map((c) => (
            <li key={c.id}>
              <button
                type="button"
                className="link-button"
                onClick={() => props.onPick({ recordId: c.id, label: describeRecord(c) })}
              >
                {describeRecord(c)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
