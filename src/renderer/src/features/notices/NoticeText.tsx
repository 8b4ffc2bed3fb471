/** One notice: metadata, warnings, and the raw text with its records' spans marked. */
import { useEffect, useState, type ReactNode } from 'react';
import type { NoticeDetail } from '../../../../shared/domain';
import { RECORD_KIND_LABELS } from '../../../../shared/domain';
import { ErrorNote } from '../../components/ErrorNote';
import { PageHeader } from '../../components/PageHeader';
import { useApi } from '../../use-api';
import { onLedgerChange } from '../../components/undo-bus';
import { WarningList } from '../../components/WarningList';
import { NoticeEditForm } from './NoticeEditForm';

/** Splits the text at span edges; overlapping spans are shown from the first one's start. */
export function markSpans(text: string, spans: NoticeDetail['spans']): ReactNode[] {
  const out: ReactNode[] = [];
  let at = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    if (s.end <= at) continue;
    const start = Math.max(s.start, at);
    if (start > at) out.push(text.slice(at, start));
    out.push(
      <mark
        key={`${s.recordId}-${s.start}`}
        className={s.live ? undefined : 'gone'}
        title={`${RECORD_KIND_LABELS[s.kind]}：${s.title ?? ''}${s.live ? '' : '（已删除或已合并）'}`}
        data-record={s.recordId}
      >
        {text.slice(start, s.end)}
      </mark>,
    );
    at = s.end;
  }
  out.push(text.slice(at));
  return out;
}

/**
 * "31 条记录（典型案例 23、其他名单 8）": a notice holding more than one list says how its
 * records split, so a count a warning names can be checked against the list it counted.
 */
function recordsByKind(spans: NoticeDetail['spans']): string {
  const kinds = new Map<string, Set<number>>();
  for (const s of spans) {
    if (!s.live) continue;
    const label = RECORD_KIND_LABELS[s.kind];
    kinds.set(label, (kinds.get(label) ?? new Set()).add(s.recordId));
  }
  if (kinds.size < 2) return '';
  return `（${[...kinds].map(([label, ids]) => `${label} ${ids.size}`).join('、')}）`;
}

export function NoticeText({ id, onBack }: { id: number; onBack: () => void }) {
  const d = useApi('notices/detail', { id });
  const n = d.value?.notice;
  const [editing, setEditing] = useState(false);
  const { reload } = d;
  useEffect(() => onLedgerChange((c) => c.dataChanged && reload()), [reload]);
  return (
    <div className="notice-view" data-testid="notice-view">
      <PageHeader
        title={n ? (n.title ?? n.file) : '通知'}
        subtitle={
          n
            ? `${n.docNo ?? '无文号'} · ${n.issuedOn ?? '日期不详'} · ${n.records} 条记录${d.value ? recordsByKind(d.value.spans) : ''}`
            : '正在读取…'
        }
      >
        {n && !n.withdrawn && (
          <button type="button" className="button small" onClick={() => setEditing(!editing)}>
            修改通知信息
          </button>
        )}
        <button type="button" className="button small" onClick={onBack}>
          返回通知列表
        </button>
      </PageHeader>
      {d.error && <ErrorNote error={d.error} />}
      {n && editing && (
        <NoticeEditForm
          notice={n}
          onDone={(saved) => {
            setEditing(false);
            if (saved) d.reload();
          }}
        />
      )}
      {n && d.value && n.warnings.length > 0 && (
        <WarningList
          warnings={n.warnings.map((w) => ({ ...w, noticeId: n.id }))}
          checks={d.value.checks}
        />
      )}
      {d.value && <pre className="notice-raw">{markSpans(d.value.rawText, d.value.spans)}</pre>}
    </div>
  );
}
