/**
 * A month calendar, Monday first as Chinese calendars are. Each milestone sits on its
 * due day; a window (公示期) also marks every day it runs. Red: overdue, amber: within 7 days.
 * The month shown is read alone (deadlines/month): each day's first items and its count.
 */
import { useState } from 'react';
import { deadlineWho } from '../../../../shared/schedule';
import { ErrorNote } from '../../components/ErrorNote';
import { Loading } from '../../components/Loading';
import { useApi } from '../../use-api';
import { statusShown } from './labels';

const WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日'];
const pad = (n: number) => String(n).padStart(2, '0');

function monthDays(y: number, m: number): (string | null)[] {
  const first = new Date(Date.UTC(y, m - 1, 1));
  const lead = (first.getUTCDay() + 6) % 7;
  const n = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const cells: (string | null)[] = Array.from({ length: lead }, () => null);
  for (let d = 1; d <= n; d++) cells.push(`${y}-${pad(m)}-${pad(d)}`);
  while (cells.length % 7) cells.push(null);
  return cells;
}

export function MonthCalendar({
  asOf,
  filter,
  tick,
}: {
  asOf: string;
  filter: string;
  tick: number;
}) {
  const [ym, setYm] = useState(() => ({
    y: Number(asOf.slice(0, 4)),
    m: Number(asOf.slice(5, 7)),
  }));
  const shift = (n: number) =>
    setYm(({ y, m }) => ({
      y: y + Math.floor((m - 1 + n) / 12),
      m: ((m - 1 + n + 1200) % 12) + 1,
    }));
  const month = `${ym.y}-${pad(ym.m)}`;
  const read = useApi('deadlines/month', {
    asOf,
    month,
    ...(filter.trim() ? { filter: filter.trim() } : {}),
  });
  const { reload } = read;
  const [seen, setSeen] = useState(tick);
  if (seen !== tick) {
    setSeen(tick);
    reload();
  }
  const shown = read.stale ? null : read.value;
  const byDay = new Map(shown?.days.map((d) => [d.day, d]));
  const windowDays = new Set(shown?.windowDays);
  return (
    <section className="calendar" aria-label="月历">
      <div className="calendar-head">
        <button className="button small" onClick={() => shift(-1)} aria-label="上个月">
          ‹
        </button>
        <h2>
          {ym.y}年{ym.m}月
        </h2>
        <button className="button small" onClick={() => shift(1)} aria-label="下个月">
          ›
        </button>
      </div>
      {read.error && <ErrorNote error={read.error} />}
      {!shown && !read.error && <Loading what="月历" />}
      <div className="calendar-grid">
        {WEEKDAYS.map((w) => (
          <div key={w} className="calendar-wd">
            {w}
          </div>
        ))}
        {monthDays(ym.y, ym.m).map((day, idx) => (
          <div
            key={day ?? `x${idx}`}
            className={`calendar-cell${day === asOf ? ' today' : ''}${day && windowDays.has(day) ? ' in-window' : ''}`}
            data-day={day ?? undefined}
          >
            {day && <span className="calendar-day">{Number(day.slice(8))}</span>}
            {day &&
              (byDay.get(day)?.items ?? []).map((i) => (
                <div
                  key={`${i.id}-${day}`}
                  className={`calendar-item st-${statusShown(i).key}${i.status === 'pending' && i.daysLeft <= 7 ? ' soon' : ''}`}
                  title={`${deadlineWho(i) ?? ''} ${i.label}（${statusShown(i).label}）`}
                >
                  {i.record?.regionText ? `${i.record.regionText} ` : ''}
                  {i.label}
                  {i.endOn && day === i.endOn ? '（止）' : ''}
                </div>
              ))}
            {day && (byDay.get(day)?.total ?? 0) > (byDay.get(day)?.items.length ?? 0) && (
              <div className="calendar-more">
                另 {byDay.get(day)!.total - byDay.get(day)!.items.length} 项
              </div>
            )}
          </div>
        ))}
      </div>
    </section>
  );
}
