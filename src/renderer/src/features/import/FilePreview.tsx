/**
 * One file's preview: the notice as read, what looks wrong, and its records — editable
 * (kind, 序号, region, title), excludable, and a joined item re-pointed or detached,
 * before anything is written; rows the parser missed can be added by hand.
 */
import { useRef, useState } from 'react';
import type { SessionFile } from './import-session';
import { leftOutCounts, toggleExcluded, withEdit, withJoin } from './import-session';
import { JoinChoiceControls } from './JoinChoice';
import { LedgerCell, NoticeChangesSummary, NoticeRoleLine } from './NoticeChangesSummary';
import { PreviewAddedRows } from './PreviewAddedRows';
import { PreviewBulkEdit } from './PreviewBulkEdit';
import { KindCell, TextCell } from './PreviewCells';
import { PreviewRegionCode } from './PreviewRegionCode';
import { PreviewWarnings } from './PreviewWarnings';
import { editLengthProblem } from './preview-limits';
import { foldLabel } from './next-batch';
import './import-changes.css';

const STAGE_LABEL: Record<SessionFile['stage'], string> = {
  waiting: '等待分析',
  analysing: '正在分析…',
  preview: '待确认',
  committing: '正在写入…',
  committed: '已导入',
  undone: '已撤销',
  already: '以前已导入',
  failed: '无法导入',
};

/**
 * The programmes (with batch) the records were read under: a warning that items were not
 * joined because "项目、批次写法不同" is only actionable when the clerk sees both.
 */
function programmesRead(records: SessionFile['records']): string {
  const named = [
    ...new Set(
      records
        .filter((r) => r.programme)
        .map((r) => `${r.programme}${r.batch ? `（${r.batch}）` : ''}`),
    ),
  ];
  if (named.length === 0) return '—';
  return named.length > 3
    ? `${named.slice(0, 3).join('；')} 等${named.length}个`
    : named.join('；');
}

export function FilePreview(props: {
  file: SessionFile;
  onChange: (f: SessionFile) => void;
  onRemove: () => void;
}) {
  const { file: f, onChange } = props;
  const editable = f.stage === 'preview';
  const n = f.notice;
  // The rows the last 定位 of a warning pointed at, marked until another warning is located.
  const [flagged, setFlagged] = useState<ReadonlySet<number>>(new Set());
  const table = useRef<HTMLTableElement>(null);
  const locate = (rows: number[], field: 'region' | 'title') => {
    setFlagged(new Set(rows));
    const tr = table.current?.tBodies[0]?.rows[rows[0] ?? 0];
    tr?.scrollIntoView({ block: 'center' });
    const input = tr?.querySelector<HTMLInputElement>(
      field === 'region' ? 'input.region-input' : 'input.title-input',
    );
    input?.focus({ preventScroll: true });
  };
  return (
    <section
      className={`file-preview stage-${f.stage}`}
      data-testid="file-preview"
      data-file={f.name}
      data-session-key={f.key}
    >
      <header className="file-preview-head">
        <div>
          <span className={`badge badge-${f.stage}`}>{STAGE_LABEL[f.stage]}</span>
          <strong className="file-name">{f.name}</strong>
        </div>
        {(editable || f.stage === 'failed' || f.stage === 'already') && (
          <button type="button" className="button small" onClick={props.onRemove}>
            移除
          </button>
        )}
      </header>
      {f.error && (
        <p className="error-note" role="alert">
          {f.error}
        </p>
      )}
      {f.stage === 'undone' && (
        <p className="muted" role="status" data-testid="import-undone-note">
          这份通知的导入已撤销，它带来的记录已从台账移除；按“重做”（Ctrl+Y）可恢复。
        </p>
      )}
      {f.joinedNote && editable && (
        <p className="masked-note" role="status" data-testid="joined-note">
          {f.joinedNote}
        </p>
      )}
      {n && (
        <dl className="notice-meta">
          <dt>标题</dt>
          <dd>{n.title ?? '（未识别）'}</dd>
          <dt>发文机关</dt>
          <dd>{n.issuer ?? '—'}</dd>
          <dt>文号</dt>
          <dd>{n.docNo ?? '—'}</dd>
          <dt>日期</dt>
          <dd className={n.dateFromFile ? 'uncertain' : undefined}>
            {n.issuedOn ?? (n.dateFromFile ? '正文无日期（仅文件属性有日期，未采用）' : '—')}
          </dd>
          <dt>项目</dt>
          <dd>{programmesRead(f.records)}</dd>
          <NoticeRoleLine notice={n} changes={f.changes} />
        </dl>
      )}
      {f.changes && (
        <NoticeChangesSummary
          changes={f.changes}
          committed={f.stage === 'committed' || f.stage === 'undone'}
          byHand={f.added.length}
          leftOut={editable ? leftOutCounts(f) : { created: 0, joined: 0 }}
        />
      )}
      {/* One button, there while folded and once unfolded: the keyboard's focus stays on it. */}
      {f.folded !== undefined && (f.records.length > 0 || n?.warnings.length) ? (
        <button
          type="button"
          className="button small"
          aria-expanded={!f.folded}
          onClick={() => onChange({ ...f, folded: !f.folded })}
        >
          {foldLabel(f.folded, f.records.length, n?.warnings.length ?? 0)}
        </button>
      ) : null}
      {!f.folded && n && n.warnings.length > 0 && (
        <PreviewWarnings warnings={n.warnings} rows={f.records} onLocate={locate} />
      )}
      {editable && f.records.length > 1 && <PreviewBulkEdit file={f} onChange={onChange} />}
      {!f.folded && f.records.length > 0 && (
        <table className="preview-table" ref={table}>
          <colgroup>
            <col style={{ width: 44 }} />
            <col style={{ width: 104 }} />
            <col style={{ width: 64 }} />
            {/* The title takes what the place, its code and the ledger column leave: the widest. */}
            <col style={{ width: '20%' }} />
            <col style={{ width: 96 }} />
            <col />
            <col style={{ width: '18%' }} />
          </colgroup>
          <thead>
            <tr>
              <th>导入</th>
              <th>类别</th>
              <th>序号</th>
              <th>地区（原文）</th>
              <th>区划代码</th>
              <th>名称／主题</th>
              <th>台账</th>
            </tr>
          </thead>
          <tbody>
            {f.records.map((r, row) => {
              const i = f.slots[row] ?? row;
              const e = f.edits[i];
              const out = f.exclude.has(i);
              const tooLong = editLengthProblem(e, r.title);
              return (
                <tr
                  key={r.id}
                  className={
                    [out && 'excluded', flagged.has(row) && 'flagged'].filter(Boolean).join(' ') ||
                    undefined
                  }
                >
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`导入第 ${i + 1} 条`}
                      checked={!out}
                      disabled={!editable}
                      onChange={() => onChange(toggleExcluded(f, i))}
                    />
                  </td>
                  <KindCell
                    value={e?.kind ?? r.kind}
                    editable={editable}
                    onChange={(kind) => onChange(withEdit(f, i, { kind }))}
                  />
                  <td className="num">
                    <input
                      className="seq-input"
                      inputMode="numeric"
                      value={e?.seq === undefined ? (r.seq ?? '') : (e.seq ?? '')}
                      disabled={!editable}
                      onChange={(ev) => {
                        const v = ev.target.value.trim();
                        onChange(
                          withEdit(f, i, { seq: v === '' || !/^\d+$/.test(v) ? null : Number(v) }),
                        );
                      }}
                    />
                  </td>
                  <TextCell
                    className="region-input"
                    value={e?.regionText ?? r.regionText ?? ''}
                    editable={editable}
                    onChange={(regionText) => onChange(withEdit(f, i, { regionText }))}
                    problem={tooLong.regionText}
                  />
                  <PreviewRegionCode record={r} text={e?.regionText} query={f.recordRegions[i]} />
                  <TextCell
                    className="title-input"
                    value={e?.title ?? r.title ?? ''}
                    editable={editable}
                    onChange={(title) => onChange(withEdit(f, i, { title }))}
                    problem={tooLong.title}
                  />
                  <td className="ledger-cell">
                    <LedgerCell record={r} slot={i} changes={f.changes} />
                    {editable && (f.joins[i] || f.changes?.joined.some((j) => j.index === i)) && (
                      <JoinChoiceControls
                        record={r}
                        choice={f.joins[i]}
                        onChoose={(c) => onChange(withJoin(f, i, c))}
                      />
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {n && f.records.length === 0 && f.added.length === 0 && (
        <p className="muted">这份通知里没有名单记录（可能是规则或期限通知，其中的规则已读取）。</p>
      )}
      {n && !f.folded && <PreviewAddedRows file={f} onChange={onChange} />}
    </section>
  );
}
