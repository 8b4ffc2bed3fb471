/**
 * 首页: what is in the ledger (by kind, province, programme), what waits for review
 * (notices with warnings, linking to the notice view), the recent imports, and deadlines.
 */
import { useEffect } from 'react';
import type { HomeSummary, RecordKind } from '../../../../shared/domain';
import { RECORD_KINDS, RECORD_KIND_LABELS } from '../../../../shared/domain';
import { EmptyState } from '../../components/EmptyState';
import { ErrorNote } from '../../components/ErrorNote';
import { PageHeader } from '../../components/PageHeader';
import { onLedgerChange } from '../../components/undo-bus';
import { useApi } from '../../use-api';
import { DeadlineSummary } from '../deadlines/DeadlineSummary';
import { gridLink, KIND_PAGE } from '../records/grid-link';
import { BarChart } from './BarChart';
import { DeadlineChart, MONTHS_AHEAD } from './DeadlineChart';
import { Loading } from '../../components/Loading';
import { todayInChina } from '../deadlines/today';
import { ProvinceProgrammeTable } from './ProvinceProgrammeTable';
import './home.css';
import { minuteText } from '../../components/date-text';

/** The grid a bar opens: the kind the ledger holds most of. */
const mainKind = (byKind: Record<RecordKind, number>): RecordKind =>
  RECORD_KINDS.reduce((a, b) => (byKind[b] > byKind[a] ? b : a));

/** The kind most of some counted rows are (the grid a bar of them opens). */
const kindOf = (rows: { kind: RecordKind; count: number }[]): RecordKind =>
  mainKind(
    Object.fromEntries(
      RECORD_KINDS.map((k) => [
        k,
        rows.filter((x) => x.kind === k).reduce((n, x) => n + x.count, 0),
      ]),
    ) as Record<RecordKind, number>,
  );

/** Counts per status, all kinds together, most first. */
function statusRows(rows: HomeSummary['byStatus']) {
  const by = new Map<string | null, HomeSummary['byStatus']>();
  for (const r of rows) by.set(r.status, [...(by.get(r.status) ?? []), r]);
  return [...by.entries()]
    .map(([status, list]) => ({
      label: status ?? '（未填状态）',
      value: list.reduce((n, x) => n + x.count, 0),
      href: gridLink(kindOf(list), { status }),
    }))
    .sort((a, b) => b.value - a.value);
}

export function HomePage() {
  const summary = useApi('home/summary', {});
  const info = useApi('app/info', {});
  const glance = useApi('deadlines/glance', { asOf: todayInChina(), months: MONTHS_AHEAD });
  const { reload } = summary;
  const reloadGlance = glance.reload;
  useEffect(
    () =>
      onLedgerChange((c) => {
        if (!c.dataChanged) return;
        reload();
        reloadGlance();
      }),
    [reload, reloadGlance],
  );
  const s = summary.value;
  const empty = s !== null && s.notices === 0 && RECORD_KINDS.every((k) => s.byKind[k] === 0);
  return (
    <>
      <PageHeader
        title="首页"
        subtitle={info.value ? `台账文件：${info.value.ledgerFile}` : undefined}
      />
      {summary.error && <ErrorNote error={summary.error} />}
      {!s && !summary.error && <Loading what="台账概况" />}
      <DeadlineSummary
        glance={glance.stale ? null : glance.value}
        loading={glance.loading || glance.stale}
        ledgerEmpty={empty}
      />
      {s && (
        <div className="stat-row">
          <a className="stat" href="#/notices">
            <span className="stat-value">{s.notices}</span>
            <span className="stat-label">通知</span>
          </a>
          {RECORD_KINDS.map((k) => (
            <a className="stat" key={k} href={`#/${KIND_PAGE[k]}`}>
              <span className="stat-value">{s.byKind[k]}</span>
              <span className="stat-label">{RECORD_KIND_LABELS[k]}</span>
            </a>
          ))}
        </div>
      )}
      {empty && (
        <EmptyState
          title="台账还是空的"
          action={
            <a className="button primary" href="#/import">
              去导入通知
            </a>
          }
        >
          <p>
            把民政部或本厅的通知（文本、Word、网页、Excel 或
            PDF）导入进来，台账会自动列出其中的实验区、典型案例和观察点，
            每个数值都能追溯到原文句子。
          </p>
        </EmptyState>
      )}
      {s && !empty && (
        <div className="home-grid">
          <section className="home-card">
            <BarChart
              title="按省份"
              rows={s.byProvince.map((r) => ({
                label: r.province ?? '（未定）',
                value: r.count,
                href: gridLink(mainKind(s.byKind), { province: r.province }),
              }))}
            />
          </section>
          <section className="home-card">
            <BarChart
              title="按项目"
              rows={s.byProgramme.map((r) => ({
                label: r.programme ?? '（未定）',
                value: r.count,
                href: gridLink(
                  kindOf(s.byProvinceProgramme.filter((x) => x.programme === r.programme)),
                  { programme: r.programme },
                ),
              }))}
            />
          </section>
          <section className="home-card" data-testid="home-status-chart">
            <BarChart title="按状态" rows={statusRows(s.byStatus)} />
          </section>
          <DeadlineChart glance={glance.value} />
          <section className="home-card home-wide">
            <h2>省份 × 项目</h2>
            <ProvinceProgrammeTable rows={s.byProvinceProgramme} />
          </section>
          <section className="home-card" data-testid="home-warnings">
            <h2>待核对的通知（{s.warnings.length}）</h2>
            {s.warnings.length === 0 && <p className="muted">没有带警告的通知。</p>}
            <ul className="plain-list">
              {s.warnings.map((w) => (
                <li key={w.noticeId}>
                  <a href={`#/notices/${w.noticeId}`}>{w.name}</a>{' '}
                  <span className="badge badge-preview">{w.count} 条警告</span>
                </li>
              ))}
            </ul>
          </section>
          <section className="home-card">
            <h2>最近导入</h2>
            <ul className="plain-list">
              {s.recentImports.map((r) => (
                <li key={r.opId} className={r.undone ? 'undone' : undefined}>
                  <time className="muted">{minuteText(r.at)}</time>{' '}
                  {r.noticeId !== null && !r.undone ? (
                    <a href={`#/notices/${r.noticeId}`}>{r.summary}</a>
                  ) : (
                    r.summary
                  )}
                  {r.undone ? <span className="muted">（已撤销）</span> : null}
                </li>
              ))}
            </ul>
          </section>
        </div>
      )}
    </>
  );
}
