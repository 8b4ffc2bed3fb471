/**
 * 去重: the review queue of proposed groups (side by side, choose the surviving value per
 * field, exclude members, 不是重复, accept many at once), related links, and merges in
 * effect with 撤销合并. Every merge is an operation: Ctrl+Z takes it back too.
 */
import { useEffect, useState } from 'react';
import type { ApiError } from '../../../../shared/result';
import { api } from '../../api';
import { EmptyState } from '../../components/EmptyState';
import { ErrorNote } from '../../components/ErrorNote';
import { PageHeader } from '../../components/PageHeader';
import { announce, onLedgerChange } from '../../components/undo-bus';
import { useApi } from '../../use-api';
import { acceptRequest, emptyDraft, type GroupDraft } from './group-state';
import { ReviewGroup } from './ReviewGroup';
import { MergedList, RelatedList } from './SideLists';
import { SettingsForm } from './SettingsForm';
import { ShowMore, useShown } from './ShowMore';

type Tab = 'queue' | 'related' | 'merged';

export function DedupePage() {
  const review = useApi('duplicates/review', {});
  const { reload } = review;
  const [tab, setTab] = useState<Tab>('queue');
  const [drafts, setDrafts] = useState<Record<string, GroupDraft>>({});
  const [selected, setSelected] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [shown, showMore] = useShown();
  useEffect(() => onLedgerChange((c) => c.dataChanged && reload()), [reload]);

  const data = review.value;
  const groups = data?.groups ?? [];
  const keyOf = (ids: number[]) => ids.join('-');
  const draftOf = (k: string) => drafts[k] ?? emptyDraft();

  /** Runs one change, then says what happened and refreshes every open page. */
  const act = async (
    run: () => Promise<{ ok: boolean; error?: ApiError }>,
    message: string,
    outcomeOf?: string,
  ) => {
    setBusy(true);
    setError(null);
    const r = await run();
    setBusy(false);
    if (!r.ok) return setError(r.error ?? null);
    setSelected([]);
    announce({ message, tone: 'info', dataChanged: true, ...(outcomeOf ? { outcomeOf } : {}) });
  };

  const merge = (keys: string[]) => {
    const reqs = groups
      .filter((g) => keys.includes(keyOf(g.recordIds)))
      .map((g) => acceptRequest(g, draftOf(keyOf(g.recordIds))));
    const ok = reqs.filter((r): r is NonNullable<typeof r> => r !== null);
    if (ok.length === 0) return;
    void act(
      () => api.call('duplicates/accept', { groups: ok }),
      `已合并 ${ok.length} 组（可按 Ctrl+Z 或在“已合并”中撤销）`,
      'duplicates/accept',
    );
  };
  const reject = (ids: number[]) =>
    void act(
      () => api.call('duplicates/decide', { ids, decision: 'not_duplicate' }),
      '已标记为不是重复，以后不再提示',
    );

  const tabs: { id: Tab; label: string; n: number }[] = [
    { id: 'queue', label: '待审核', n: groups.length },
    { id: 'related', label: '相关记录', n: data?.related.length ?? 0 },
    { id: 'merged', label: '已合并', n: data?.merged.length ?? 0 },
  ];

  return (
    <div className="dd-page">
      <PageHeader
        title="去重"
        subtitle="同一案例在多份通知中出现时合并为一条；同一地方在不同项目中只关联不合并。每次合并都可撤销。"
      />
      {(review.error ?? error) && <ErrorNote error={(review.error ?? error)!} />}
      <div className="dd-tabs" role="tablist">
        {tabs.map((t) => (
          <button
            key={t.id}
            role="tab"
            aria-selected={tab === t.id}
            className={tab === t.id ? 'active' : undefined}
            onClick={() => setTab(t.id)}
          >
            {t.label}（{t.n}）
          </button>
        ))}
      </div>
      {!data ? (
        <p className="dd-none">正在查找疑似重复…</p>
      ) : tab === 'queue' ? (
        groups.length === 0 ? (
          <EmptyState title="没有待审核的疑似重复">
            <p>
              导入通知时，高度相似的记录已自动合并（见“已合并”）；介于两个阈值之间的会在这里成组列出，逐组确认合并或标记为“不是重复”。
            </p>
          </EmptyState>
        ) : (
          <>
            <div className="dd-bulk">
              <label>
                <input
                  type="checkbox"
                  checked={selected.length === Math.min(shown, groups.length)}
                  onChange={(e) =>
                    setSelected(
                      // The groups on screen only: a merge of groups no one has seen is no review.
                      e.target.checked ? groups.slice(0, shown).map((g) => keyOf(g.recordIds)) : [],
                    )
                  }
                />{' '}
                全选
              </label>
              <button
                className="button small primary"
                disabled={busy || selected.length === 0}
                onClick={() => merge(selected)}
              >
                合并选中的 {selected.length} 组
              </button>
            </div>
            {groups.slice(0, shown).map((g) => {
              const k = keyOf(g.recordIds);
              return (
                <ReviewGroup
                  key={k}
                  group={g}
                  draft={draftOf(k)}
                  selected={selected.includes(k)}
                  busy={busy}
                  onSelect={(on) => setSelected((s) => (on ? [...s, k] : s.filter((x) => x !== k)))}
                  onDraft={(d) => setDrafts((all) => ({ ...all, [k]: d }))}
                  onMerge={() => merge([k])}
                  onReject={() => reject(g.recordIds)}
                />
              );
            })}
            <ShowMore shown={shown} total={groups.length} unit="组" onMore={showMore} />
          </>
        )
      ) : tab === 'related' ? (
        <RelatedList related={data.related} />
      ) : (
        <MergedList
          merged={data.merged}
          busy={busy}
          onUnmerge={(opId) =>
            void act(() => api.call('records/unmerge', { opId }), '已撤销合并，记录已分开')
          }
        />
      )}
      {data && (
        <details className="dd-settings-wrap">
          <summary>自动合并设置</summary>
          <SettingsForm
            key={JSON.stringify(data.settings)}
            settings={data.settings}
            busy={busy}
            onSave={(s) => void act(() => api.call('duplicates/settings', s), '已保存去重设置')}
          />
        </details>
      )}
    </div>
  );
}
