/**
 * The start-up reminder on 首页: counts of overdue and soon-due work, the system
 * notification once per session when permitted, and the banner in the page always
 * (notifications can be blocked or missed; the banner cannot).
 */
import { useEffect, useState } from 'react';
import { useApi } from '../../use-api';
import { deadlineLink, matchesDeadline, type DeadlineFilter } from './deadline-link';
import { deadlineDigest, notifyOnceAtStart } from './digest';
import { todayInChina } from './today';
import './deadlines.css';

export function DeadlineSummary() {
  const asOf = todayInChina();
  const list = useApi('deadlines/list', { asOf, withinDays: 90 });
  const digest = list.value ? deadlineDigest(list.value) : null;
  const [permission, setPermission] = useState(() =>
    typeof Notification === 'undefined' ? 'unsupported' : Notification.permission,
  );
  useEffect(() => {
    if (digest) notifyOnceAtStart(digest);
  }, [digest]);
  // An empty ledger (or nothing due within 90 days) needs no deadline panel.
  if (!list.value || list.value.length === 0) return null;
  const items = list.value;
  const count = (f: DeadlineFilter) => items.filter((i) => matchesDeadline(f, i)).length;
  const within = (days: number) => count({ kind: 'within', days });
  const overdue = count({ kind: 'overdue' });
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
        {[7, 30, 90].map((n) => (
          <a
            key={n}
            className={`stat stat-link${n === 7 && within(7) ? ' stat-soon' : ''}`}
            href={deadlineLink({ kind: 'within', days: n })}
          >
            <span className="stat-value">{within(n)}</span>
            <span className="stat-label">{n} 天内到期</span>
          </a>
        ))}
      </div>
    </>
  );
}
