/**
 * The start-up reminder on 首页: counts of overdue and soon-due work, the system
 * notification once per session when permitted, and the banner in the page always
 * (notifications can be blocked or missed; the banner cannot). Counted by the backend
 * (deadlines/glance): the page receives the numbers, not the list they come from.
 */
import { useEffect, useState } from 'react';
import type { DeadlineGlance } from '../../../../shared/schedule';
import { deadlineLink } from './deadline-link';
import { deadlineDigest, notifyOnceAtStart } from './digest';
import './deadlines.css';

export function DeadlineSummary({ glance }: { glance: DeadlineGlance | null }) {
  const digest = glance ? deadlineDigest(glance) : null;
  const [permission, setPermission] = useState(() =>
    typeof Notification === 'undefined' ? 'unsupported' : Notification.permission,
  );
  useEffect(() => {
    if (digest) notifyOnceAtStart(digest);
  }, [digest]);
  // An empty ledger (or nothing due within 90 days) needs no deadline panel.
  if (!glance || glance.near90 === 0) return null;
  const { counts } = glance;
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
