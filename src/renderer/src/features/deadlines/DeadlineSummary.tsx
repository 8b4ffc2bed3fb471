/**
 * The start-up reminder on 首页: counts of overdue and soon-due work, the system
 * notification once per session when permitted, and the banner in the page always
 * (notifications can be blocked or missed; the banner cannot). Counted by the backend
 * (deadlines/glance): the page receives the numbers, not the list they come from. While
 * they are read the panel says so; with nothing to chase it says 暂无待办期限.
 */
import { useEffect, useState } from 'react';
import type { DeadlineGlance } from '../../../../shared/schedule';
import { Loading } from '../../components/Loading';
import { deadlineLink } from './deadline-link';
import { deadlineDigest, notifyOnceAtStart } from './digest';
import './deadlines.css';
import './deadline-none.css';

export function DeadlineSummary({
  glance,
  loading,
  ledgerEmpty,
}: {
  glance: DeadlineGlance | null;
  /** The counts are still being read (every stored duty: seconds on a big ledger). */
  loading: boolean;
  /** Nothing imported yet: no panel, the page says how to begin. */
  ledgerEmpty: boolean;
}) {
  const digest = glance ? deadlineDigest(glance) : null;
  const [permission, setPermission] = useState(() =>
    typeof Notification === 'undefined' ? 'unsupported' : Notification.permission,
  );
  useEffect(() => {
    if (digest) notifyOnceAtStart(digest);
  }, [digest]);
  if (ledgerEmpty) return null;
  if (!glance) return loading ? <Loading what="期限提醒" /> : null;
  const { counts } = glance;
  // Nothing to chase: said so, with what history there is, never a row of zeros.
  if (counts.overdue === 0 && counts.within90 === 0)
    return <NothingDue history={counts.historical} />;
  const within = { 7: counts.within7, 30: counts.within30, 90: counts.within90 } as const;
  const overdue = counts.overdue;
  return (
    <>
      {digest && (
        <div
          className={`deadline-banner${overdue ? ' has-overdue' : ''}`}
          role="alert"
          data-testid="deadline-banner"
        >
          <strong>{digest.title}</strong>
          <span className="banner-body">{digest.body.split('\n').join('；')}</span>
          <a className="button small" href="#/deadlines">
            查看期限
          </a>
          {permission === 'default' && (
            <button
              className="button small"
              onClick={() => void Notification.requestPermission().then((p) => setPermission(p))}
            >
              开启桌面提醒
            </button>
          )}
        </div>
      )}
      <div className="stat-row" data-testid="deadline-stats">
        <a
          className={`stat stat-link${overdue ? ' stat-overdue' : ''}`}
          href={deadlineLink({ kind: 'overdue' })}
        >
          <span className="stat-value">{overdue}</span>
          <span className="stat-label">已逾期</span>
        </a>
        {([7, 30, 90] as const).map((n) => (
          <a
            key={n}
            className={`stat stat-link${n === 7 && within[7] ? ' stat-soon' : ''}`}
            href={deadlineLink({ kind: 'within', days: n })}
          >
            <span className="stat-value">{within[n]}</span>
            <span className="stat-label">{n} 天内到期</span>
          </a>
        ))}
      </div>
    </>
  );
}

/** No overdue work and nothing due within 90 days: a clerk reads 暂无待办期限, not four zeros. */
function NothingDue({ history }: { history: number }) {
  return (
    <p className="deadline-none" data-testid="deadline-stats">
      <strong>暂无待办期限</strong>
      <span className="muted">90 天内没有到期事项，也没有逾期事项。</span>
      {history > 0 && (
        <a href="#/deadlines">另有历史事项 {history} 项（导入时周期早已结束，不计入逾期）</a>
      )}
    </p>
  );
}
