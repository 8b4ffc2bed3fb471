/**
 * The reviewer's say on one joined item of a later notice, before committing: keep the
 * record identity found, re-point the mention to another existing record (searched by place
 * or theme), or detach it so the item becomes a record of its own. The choice rides with
 * the file into the next dry run and the commit.
 */
import { useState } from 'react';
import type { LedgerRecord } from '../../../../shared/domain';
import { api } from '../../api';

export interface ChosenJoin {
  /** null: detached, a new record. */
  recordId: number | null;
  /** How the chosen record is shown (place, programme, theme). */
  label: string;
}

const describe = (r: LedgerRecord) =>
  [
    r.regionText ?? r.unit ?? '',
    [r.programme, r.batch ?? (r.year ? `${r.year}年` : null)].filter(Boolean).join(' '),
    r.title,
  ]
    .filter(Boolean)
    .join(' · ');

function RecordPicker(props: {
  record: LedgerRecord;
  onPick: (c: ChosenJoin) => void;
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
                onClick={() => props.onPick({ recordId: c.id, label: describe(c) })}
              >
                {describe(c)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Under the ledger cell of a joined item (or one already chosen) in an editable preview. */
export function JoinChoiceControls(props: {
  record: LedgerRecord;
  choice: ChosenJoin | undefined;
  onChoose: (c: ChosenJoin | undefined) => void;
}) {
  const [picking, setPicking] = useState(false);
  if (props.choice)
    return (
      <div className="join-choice" data-testid="join-choice">
        {props.choice.recordId === null
          ? '将新建记录（审核人指定）'
          : `将关联到：${props.choice.label}（审核人指定）`}
        <button type="button" className="link-button" onClick={() => props.onChoose(undefined)}>
          撤回
        </button>
      </div>
    );
  if (picking)
    return (
      <RecordPicker
        record={props.record}
        onPick={(c) => {
          setPicking(false);
          props.onChoose(c);
        }}
        onCancel={() => setPicking(false)}
      />
    );
  return (
    <div className="join-actions">
      <button type="button" className="link-button" onClick={() => setPicking(true)}>
        改关联…
      </button>
      <button
        type="button"
        className="link-button"
        onClick={() => props.onChoose({ recordId: null, label: '' })}
      >
        改为新建
      </button>
    </div>
  );
}
