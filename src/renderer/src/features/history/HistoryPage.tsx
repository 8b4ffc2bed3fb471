/**
 * 操作记录: the ledger's recent operations, newest first — when, what, who (手工, 导入 or
 * 自动), how many records, and what an import changed of records already held (31 条记录状态
 * 改为「已验收」) — and 撤销到此, which takes the ledger back to just before a
 * chosen operation (everything newer is undone first, and each can be redone).
 */
import { Loading } from '../../components/Loading';
import { useCallback, useEffect, useState } from 'react';
import {
  importEffectText,
  recordCountText,
  type OperationSummary,
} from '../../../../shared/operations';
import { api } from '../../api';
import { EmptyState } from '../../components/EmptyState';
import { ErrorNote } from '../../components/ErrorNote';
import { onLedgerWritten } from '../../components/ledger-events';
import { dateTimeText } from '../../components/date-text';
import { PageHeader } from '../../components/PageHeader';
import { undoBackTo } from '../../components/undo-bus';
import type { ApiError } from '../../../../shared/result';
import { clipQuoted } from '../../../../shared/line-clip';
import './history.css';

const PAGE = 50;
const when = dateTimeText;

function stateOf(op: OperationSummary): string {
  if (!op.undone) return '';
  return op.discarded ? '已撤销（之后有新操作，不能重做）' : '已撤销（可重做）';
}

/**
 * An operation's summary as one line: a long quoted title cut with … (line-clip.ts), the
 * whole summary on hover and, for a notice's step, on the notice's page it links to.
 */
function OpLine({ summary, noticeId }: { summary: string; noticeId: number | null }) {
  const line = clipQuoted(summary);
  const whole = line === summary ? undefined : summary;
  return noticeId !== null ? (
    <a href={`#/notices/${noticeId}`} title={whole}>
      {line}
    </a>
  ) : (
    <span title={whole}>{line}</span>
  );
}

export function HistoryPage() {
  // null until the first page arrives: on a large ledger the backend may still be busy with
  // another page's reads, and an empty history shown meanwhile would say nothing was done.
  const [ops, setOps] = useState<OperationSummary[] | null>(null);
  const [more, setMore] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const load = useCallback(async (before?: number) => {
    const r = await api.call('history/list', { limit: PAGE, before });
    if (!r.ok) return setError(r.error);
    setError(null);
    setOps((prev) => (before === undefined ? r.value : [...(prev ?? []), ...r.value]));
    setMore(r.value.length === PAGE);
  }, []);
  useEffect(() => {
    void load();
    return onLedgerWritten(() => void load());
  }, [load]);

  const shown = ops ?? [];
  const active = shown.filter((o) => !o.undone);
  return (
    <>
      <PageHeader
        title="操作记录"
        subtitle="台账的每一次修改：何时、做了什么、由谁（手工、导入或自动）。可以撤销到任意一项之前，撤销的操作仍可逐项重做。"
      />
      {error && <ErrorNote error={error} />}
      {ops === null && !error ? (
        <Loading />
      ) : shown.length === 0 && !error ? (
        <EmptyState title="还没有操作">
          导入通知、修改记录、合并重复……每一次修改都会记在这里。
        </EmptyState>
      ) : (
        <table className="plain-table history-table" data-testid="history-list">
          <thead>
            <tr>
              <th>时间</th>
              <th>操作</th>
              <th>内容</th>
              <th>执行者</th>
              <th className="num">记录数</th>
              <th>状态</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {shown.map((op) => {
              const taken = active.filter((o) => o.opId >= op.opId);
              const newer = taken.length;
              return (
                <tr key={op.opId} className={op.undone ? 'undone' : undefined} data-op={op.opId}>
                  <td className="nowrap">{when(op.at)}</td>
                  <td className="nowrap">{op.kindLabel}</td>
                  <td className="op-what">
                    <OpLine summary={op.summary} noticeId={op.noticeId} />
                    {op.parts && (
                      <ul className="op-parts" data-testid="op-parts">
                        {op.parts
                          .filter((p) => p.kind === 'import')
                          .map((p) => (
                            <li key={p.opId}>
                              <OpLine summary={p.summary} noticeId={p.undone ? null : p.noticeId} />
                            </li>
                          ))}
                      </ul>
                    )}
                    {op.effects && (
                      <div className="op-effects" data-testid="op-effects">
                        {importEffectText(op.effects)}
                      </div>
                    )}
                  </td>
                  <td className="nowrap">
                    <span className={`actor actor-${op.actor}`}>{op.actorLabel}</span>
                  </td>
                  <td className="num">{recordCountText(op)}</td>
                  <td className="muted small">{stateOf(op)}</td>
                  <td className="nowrap">
                    {!op.undone && (
                      <button
                        type="button"
                        className="button small"
                        title={`撤销这一项${newer > 1 ? `及其后的 ${newer - 1} 项` : ''}`}
                        onClick={() => void undoBackTo(op, taken)}
                      >
                        撤销到此
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {more && (
        <button type="button" className="button" onClick={() => void load(shown.at(-1)?.opId)}>
          更早的操作…
        </button>
      )}
    </>
  );
}
