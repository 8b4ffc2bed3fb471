/**
 * 合并所选: the rows a person chose, side by side on the same screen the duplicates review
 * uses (per field, whose value survives; 排除 drops a row). 合并 is one operation (Ctrl+Z
 * takes it back); 不是重复 remembers the pair so the finder never proposes it again.
 */
import { Loading } from '../../components/Loading';
import { useState } from 'react';
import type { ApiError } from '../../../../shared/result';
import { api } from '../../api';
import { ErrorNote } from '../../components/ErrorNote';
import { announce } from '../../components/undo-bus';
import { useApi } from '../../use-api';
import { acceptRequest, emptyDraft, type GroupDraft } from '../dedupe/group-state';
import { ReviewGroup } from '../dedupe/ReviewGroup';

export function MergeDialog(props: { ids: number[]; onDone: (merged: boolean) => void }) {
  const compare = useApi('records/compare', { ids: props.ids });
  const [draft, setDraft] = useState<GroupDraft>(emptyDraft());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const group = compare.value;

  const run = async (
    call: () => Promise<{ ok: true } | { ok: false; error: ApiError }>,
    message: string,
  ) => {
    setBusy(true);
    const r = await call();
    setBusy(false);
    if (!r.ok) return setError(r.error);
    announce({ message, tone: 'info', dataChanged: true });
    props.onDone(true);
  };
  const merge = () => {
    const req = group && acceptRequest(group, draft);
    if (!req) return;
    void run(
      () => api.call('duplicates/accept', { groups: [req] }),
      `已合并 ${req.ids.length} 条记录（可按 Ctrl+Z 撤销，或在记录详情中拆分）`,
    );
  };
  const reject = () =>
    void run(
      () => api.call('duplicates/decide', { ids: props.ids, decision: 'not_duplicate' }),
      '已标记为不是重复，以后不再提示',
    );

  return (
    <div className="dialog-backdrop" onClick={() => props.onDone(false)}>
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby="merge-title"
        className="dialog dialog-wide"
        data-testid="merge-dialog"
        onClick={(e) => e.stopPropagation()}
        onKeyDown={(e) => e.key === 'Escape' && props.onDone(false)}
      >
        <div className="dialog-head">
          <h2 id="merge-title">合并所选的 {props.ids.length} 条记录</h2>
          <button type="button" className="button small" onClick={() => props.onDone(false)}>
            关闭
          </button>
        </div>
        <p className="muted">
          每个字段选一条记录的值保留；勾选“排除”可把某条留在合并之外。合并后被并入的记录不会删除，可在记录详情中拆分。
        </p>
        {(compare.error ?? error) && <ErrorNote error={(compare.error ?? error)!} />}
        {!group && !compare.error && <Loading />}
        {group && (
          <ReviewGroup
            group={group}
            draft={draft}
            selected={false}
            busy={busy}
            onDraft={setDraft}
            onMerge={merge}
            onReject={reject}
          />
        )}
      </div>
    </div>
  );
}
