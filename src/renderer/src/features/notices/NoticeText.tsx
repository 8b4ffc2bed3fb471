/** One notice: metadata, warnings, and the raw text with its records' spans marked. */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { NoticeDetail, NoticeSpan, NoticeWarning } from '../../../../shared/domain';
import { RECORD_KIND_LABELS } from '../../../../shared/domain';
import { noticeName } from '../../../../shared/notice-name';
import { ErrorNote } from '../../components/ErrorNote';
import { PageHeader } from '../../components/PageHeader';
import { useApi } from '../../use-api';
import { onLedgerChange } from '../../components/undo-bus';
import { WarningList } from '../../components/WarningList';
import { spanHint } from './span-hint';
import { NoticeEditForm } from './NoticeEditForm';
import { warningSource, type TextRange } from './warning-source';

const overlaps = (a: TextRange, b: TextRange) => a.start < b.end && b.start < a.end;

/**
 * Splits the text at span edges; overlapping spans are shown from the first one's start.
 * `focus` marks what a warning is about: a record's span inside it is marked as such, a
 * passage no record holds (text spliced into a list, an unread attachment) gets its own mark.
 */
export function markSpans(
  text: string,
  spans: NoticeDetail['spans'],
  focus: readonly TextRange[] = [],
): ReactNode[] {
  const out: ReactNode[] = [];
  let at = 0;
  const marks = [
    ...spans.map((s) => ({ ...s, record: s as NoticeSpan | null })),
    ...focus.filter((f) => !spans.some((s) => overlaps(s, f))).map((f) => ({ ...f, record: null })),
  ].sort((a, b) => a.start - b.start);
  for (const s of marks) {
    if (s.end <= at) continue;
    const start = Math.max(s.start, at);
    if (start > at) out.push(text.slice(at, start));
    const focused = focus.some((f) => overlaps(f, s));
    const r = s.record;
    const classes = [
      r && !r.live ? 'gone' : '',
      focused ? 'warning-source' : '',
      r ? '' : 'passage',
    ]
      .filter(Boolean)
      .join(' ');
    out.push(
      <mark
        key={`${r?.recordId ?? 'w'}-${s.start}`}
        className={classes || undefined}
        title={r ? spanHint(r) : '警告所指的原文'}
        data-record={r?.recordId}
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

const sameRanges = (a: readonly TextRange[], b: readonly TextRange[]) =>
  a.length === b.length && a.every((r, i) => r.start === b[i]?.start && r.end === b[i]?.end);

export function NoticeText({ id, onBack }: { id: number; onBack: () => void }) {
  const d = useApi('notices/detail', { id });
  const n = d.value?.notice;
  const [editing, setEditing] = useState(false);
  const { reload } = d;
  useEffect(() => onLedgerChange((c) => c.dataChanged && reload()), [reload]);
  // What the last 原文 link pointed at, and which of its places is in view (clicked again, the
  // link moves on to the next one).
  const [focus, setFocus] = useState<{ ranges: TextRange[]; at: number; key: number }>({
    ranges: [],
    at: 0,
    key: 0,
  });
  const raw = useRef<HTMLPreElement>(null);
  useEffect(() => {
    if (focus.ranges.length === 0) return;
    const marks = raw.current?.querySelectorAll('mark.warning-source');
    const target = marks?.[focus.at % marks.length];
    target?.scrollIntoView({ block: 'center' });
  }, [focus]);
  const locate = (w: NoticeWarning) => {
    if (!d.value) return null;
    const ranges = warningSource(w, d.value.spans, d.value.rawText);
    if (ranges.length === 0) return null;
    return {
      places: ranges.length,
      go: () =>
        setFocus((f) => ({
          ranges,
          at: sameRanges(f.ranges, ranges) ? f.at + 1 : 0,
          key: f.key + 1,
        })),
    };
  };
  return (
    <div className="notice-view" data-testid="notice-view">
      <PageHeader
        title={n ? noticeName(n) : '通知'}
        subtitle={
          n
            ? `${n.docNo ?? '无文号'} · ${n.issuedOn ?? '日期不详'} · ${n.records} 条记录${d.value ? recordsByKind(d.value.spans) : ''}`
            : '正在加载…'
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
          locate={locate}
        />
      )}
      {d.value && (
        <pre className="notice-raw" ref={raw}>
          {markSpans(d.value.rawText, d.value.spans, focus.ranges)}
        </pre>
      )}
    </div>
  );
}
