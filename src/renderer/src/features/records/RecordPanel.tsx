/**
 * The record panel (Enter on a row, or a double-click on a column that is not edited; Esc closes): every field, each mention
 * with its source sentence highlighted, related records (each opens here, 解除关联 takes
 * the link apart), each later source's way out of a wrong join (拆出为新记录, 改关联到…:
 * SourceActions.tsx), the records merged into it (拆分 takes a merge apart), its notice's warnings about it, and its history (when, what, from which notice or by hand);
 * each field's 来历 tells where its value came from and who changed it when (field-trail.ts).
 * What the panel changes stays in the grid's view as a grid edit does (kept-rows.ts): a
 * record unlinked under 多来源/重复/关联, or its warning checked under 有警告, would otherwise
 * leave the grid the moment it is re-read, with the panel still open on it.
 */
import { Fragment, useEffect, useRef, useState } from 'react';
import type { HistoryEntry, PanelMerge, RecordPanelData } from '../../../../shared/domain';
import { RECORD_KIND_LABELS } from '../../../../shared/domain';
import { api } from '../../api';
import { ErrorNote } from '../../components/ErrorNote';
import { announce } from '../../components/undo-bus';
import { WarningList } from '../../components/WarningList';
import { useApi } from '../../use-api';
import { keepRows } from './kept-rows';
import { SourceActions } from './SourceActions';
import { panelHeading, panelSubline } from './panel-heading';
import { COLUMN_LABELS } from './record-columns';
import { recordName } from '../../../../shared/record-name';
import type { RecordFieldName } from '../../../../shared/record-fields';
import { fieldTrail } from './field-trail';
import { minuteText } from '../../components/date-text';
import { FieldTrail } from './FieldTrail';
import { Loading } from '../../components/Loading';
import { clipQuoted } from '../../../../shared/line-clip';

type PanelField = (typeof FIELDS)[number];

const FIELDS = [
  'title',
  'regionText',
  'province',
  'city',
  'county',
  'town',
  'regionCode',
  'unitCode',
  'unit',
  'programme',
  'year',
  'batch',
  'seq',
  'status',
  'content',
] as const satisfies readonly (keyof RecordPanelData['record'] & RecordFieldName)[];

const show = (v: unknown) => (v === null || v === undefined || v === '' ? '（空）' : String(v));

/**
 * A field's text; a status nobody wrote is the one the grid, the 状态 facet and the home page
 * show: a zone's from its deadlines, another kind's from the notice that listed it.
 */
function fieldText(record: RecordPanelData['record'], f: PanelField): string {
  if (f === 'status' && !record.status?.trim() && record.derivedStatus) {
    const from = record.kind === 'zone' ? '按期限推算' : '按来源通知推定';
    return `${record.derivedStatus}（${from}，未填写）`;
  }
  return show(record[f]);
}

export function RecordPanel(props: {
  id: number;
  version: number;
  onClose: () => void;
  onOpen: (id: number) => void;
}) {
  const panel = useApi('records/panel', { id: props.id, context: 80 });
  const history = useApi('records/history', { id: props.id });
  const { reload: reloadPanel } = panel;
  const { reload: reloadHistory } = history;
  useEffect(() => {
    reloadPanel();
    reloadHistory();
  }, [props.version, reloadPanel, reloadHistory]);

  // A related record opened from the panel starts at its title, not where the last one was scrolled to.
  const aside = useRef<HTMLElement>(null);
  useEffect(() => {
    aside.current?.scrollTo?.({ top: 0 });
  }, [props.id]);

  // One field's 来历 open at a time; another record starts with none.
  const [openField, setOpenField] = useState<PanelField | null>(null);
  useEffect(() => setOpenField(null), [props.id]);

  // Another record's fields or history are never shown under this one's heading while it loads.
  const p = panel.stale ? null : panel.value;
  const trail = history.stale || history.loading ? null : (history.value ?? []);
  return (
    <aside
      ref={aside}
      className="record-panel"
      aria-label="记录详情"
      data-testid="record-panel"
      // F6 from the grid comes here (grid-focus.ts); Tab then goes on through the panel
      tabIndex={-1}
    >
      <header>
        <h2>{p ? panelHeading(p.record) : '正在加载…'}</h2>
        <button
          type="button"
          className="button small"
          onClick={props.onClose}
          title="关闭（Esc）；F6 回到表格"
        >
          关闭
        </button>
      </header>
      {panel.error && <ErrorNote error={panel.error} />}
      {!p && !panel.error && <Loading what="记录" />}
      {p && (
        <>
          <p className="muted" data-testid="panel-subline">
            {panelSubline(p.record)}
          </p>
          <PanelFields
            panel={p}
            history={trail}
            open={openField}
            onToggle={(f) => setOpenField((was) => (was === f ? null : f))}
          />
          <h3>来源（{p.mentions.length}）</h3>
          {p.mentions.length === 0 && <p className="muted">手工添加，没有来源通知。</p>}
          {p.mentions.map((m) => (
            <figure className="mention" key={m.mentionId} data-testid="panel-source">
              <figcaption>
                <a href={`#/notices/${m.noticeId}`}>{m.noticeTitle ?? m.file}</a>
                {m.docNo ? ` · ${m.docNo}` : ''}
                {m.seq !== null ? ` · 第 ${m.seq} 项` : ''}
              </figcaption>
              {m.addedByHand ? (
                <p className="muted" data-testid="added-by-hand">
                  由核对人在这份通知的导入预览中手工补录，通知原文中没有对应的语句。
                </p>
              ) : (
                <blockquote>
                  {m.before}
                  <mark>{m.text}</mark>
                  {m.after}
                </blockquote>
              )}
              <SourceActions record={p.record} mention={m} />
            </figure>
          ))}
          {p.warnings.length > 0 && (
            <>
              <h3>警告（{p.warnings.length}）</h3>
              <WarningList
                warnings={p.warnings}
                checks={p.checks}
                onSaved={() => keepRows([p.record.id])}
              />
            </>
          )}
          <h3>相关记录（{p.links.length}）</h3>
          {p.mentions.length > 1 && (
            <p className="muted" data-testid="panel-many-sources">
              这条记录有 {p.mentions.length} 处来源（见上方“来源”），筛选“多来源/重复/关联”时计入。
            </p>
          )}
          {p.links.length === 0 && <p className="muted">没有相关记录。</p>}
          <ul className="link-list">
            {p.links.map((l) => (
              <li key={`${l.recordId}-${l.relation}`}>
                <span className="badge">{l.relationLabel}</span>{' '}
                <button
                  type="button"
                  className="link-button"
                  onClick={() => props.onOpen(l.recordId)}
                >
                  {l.title ?? (l.place ? `「${l.place}」` : recordName(l))}
                </button>{' '}
                <span className="muted">
                  {RECORD_KIND_LABELS[l.kind]} {l.title ? (l.place ?? '') : ''}
                </span>
                {l.source !== 'decision' && (
                  <>
                    {' '}
                    <button
                      type="button"
                      className="button small nowrap"
                      title="两条记录都保留，只去掉它们之间的关联（可撤销）"
                      onClick={() => unlink(p.record.id, l.recordId)}
                    >
                      解除关联
                    </button>
                  </>
                )}
              </li>
            ))}
          </ul>
          <MergedRecords recordId={p.record.id} merges={p.merges} />
          <h3>修改历史</h3>
          {trail ? <HistoryList entries={trail} /> : <Loading />}
        </>
      )}
    </aside>
  );
}

/**
 * The record's fields; each has a 来历 button that opens, under it across the panel, where
 * the value came from and who changed it when (FieldTrail).
 */
function PanelFields(props: {
  panel: RecordPanelData;
  /** null while the record's history loads: a 来历 opened then says so. */
  history: HistoryEntry[] | null;
  open: PanelField | null;
  onToggle: (f: PanelField) => void;
}) {
  const { panel: p } = props;
  return (
    <dl className="panel-fields">
      {FIELDS.map((f) => (
        <Fragment key={f}>
          <div>
            <dt>
              {COLUMN_LABELS[f] ?? f}{' '}
              <button
                type="button"
                className="link-button field-trail-toggle"
                aria-expanded={props.open === f}
                aria-controls={`field-trail-${f}`}
                title="这个值从哪里来、谁在何时改过"
                onClick={() => props.onToggle(f)}
              >
                来历
              </button>
            </dt>
            <dd data-field={f}>{fieldText(p.record, f)}</dd>
          </div>
          {props.open === f && (
            <FieldTrail
              id={`field-trail-${f}`}
              label={COLUMN_LABELS[f] ?? f}
              steps={props.history && fieldTrail(f, p, props.history)}
              derived={
                (f === 'status' && !p.record.status?.trim() && p.record.derivedStatus) || null
              }
            />
          )}
        </Fragment>
      ))}
    </dl>
  );
}

/** 解除关联: both records stay; the status line says so and 撤销 puts the link back. */
function unlink(a: number, b: number) {
  void api.call('records/unlink', { a, b }).then((r) => {
    // Kept in view before the change is announced (and the grid re-read).
    if (r.ok) keepRows([a, b]);
    announce(
      r.ok
        ? {
            message: '已解除关联：两条记录都保留（Ctrl+Z 可撤销）',
            tone: 'info',
            dataChanged: true,
          }
        : { message: r.error.message, tone: 'error', dataChanged: false },
    );
  });
}

/** The records merged into this one; 拆分 takes one merge apart again (one operation). */
function MergedRecords({ recordId, merges }: { recordId: number; merges: PanelMerge[] }) {
  if (merges.length === 0) return null;
  const split = (opId: number) =>
    void api.call('records/unmerge', { opId }).then((r) => {
      // The record and those split off it stay in view, as after a grid edit.
      const merge = merges.find((m) => m.opId === opId);
      if (r.ok) keepRows([recordId, ...(merge?.merged.map((x) => x.id) ?? [])]);
      announce(
        r.ok
          ? { message: '已拆分：并入的记录已恢复为单独的记录', tone: 'info', dataChanged: true }
          : { message: r.error.message, tone: 'error', dataChanged: false },
      );
    });
  return (
    <>
      <h3>并入的记录（{merges.reduce((n, m) => n + m.merged.length, 0)}）</h3>
      <ul className="link-list" data-testid="panel-merges">
        {merges.map((m) => (
          <li key={m.opId}>
            <span>
              {m.merged
                .map((r) => (r.title ? `《${r.title}》` : (r.place ?? '（无名称）')))
                .join('、')}
            </span>{' '}
            <span className="muted">{minuteText(m.at)} 合并</span>{' '}
            <button type="button" className="button small nowrap" onClick={() => split(m.opId)}>
              拆分
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * Where a change came from, named: a status changed by an acceptance says which notice, so
 * the clerk need not open each 来源 to find it. A sentence that already names the notice
 * (从通知《…》导入) is not told it twice.
 */
function fromNotice(h: HistoryEntry): string {
  if (!h.noticeTitle) return '来自通知';
  return h.sentence.includes(`《${h.noticeTitle}》`)
    ? '查看通知'
    : clipQuoted(`来自《${h.noticeTitle}》`);
}

/** The record's history as the backend tells it: one sentence per change, with when and who. */
function HistoryList({ entries }: { entries: HistoryEntry[] }) {
  if (entries.length === 0) return <p className="muted">没有记录。</p>;
  return (
    <ol className="history-list" data-testid="record-history">
      {entries.map((h, i) => (
        <li key={i} className={h.undone ? 'undone' : undefined}>
          <time>{minuteText(h.at)}</time> <strong>{h.kindLabel}</strong>{' '}
          <span title={clipQuoted(h.sentence) === h.sentence ? undefined : h.sentence}>
            {clipQuoted(h.sentence)}
          </span>
          <span className="muted">
            {' '}
            ·{' '}
            {h.noticeId !== null && h.kind !== 'merge' ? (
              <a href={`#/notices/${h.noticeId}`}>{fromNotice(h)}</a>
            ) : (
              h.actorLabel
            )}
            {h.undone ? ' · 已撤销' : ''}
          </span>
        </li>
      ))}
    </ol>
  );
}
