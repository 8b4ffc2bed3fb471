/**
 * A month calendar, Monday first as Chinese calendars are. Each milestone sits on its
 * due day; a window (公示期) also marks every day it runs. Red: overdue, amber: within 7 days.
 */
import { useMemo, useState } from 'react';
import { deadlineWho } from '../../../../shared/schedule';
import { statusShown } from './labels';
import type { DeadlineItem } from './types';

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

export function MonthCalendar({ items, asOf }: { items: DeadlineItem[]; asOf: string }) {
  const [ym, setYm] = useState(() => ({
    y: Number(asOf.slice(0, 4)),
    m: Number(asOf.slice(5, 7)),
  }));
  const shift = (n: number) =>
    setYm(({ y, m }) => ({
      y: y + Math.floor((m - 1 + n) / 12),
      m: ((m - 1 + n + 1200) % 12) + 1,
    }));
  const byDay = useMemo(() => {
    const map = new Map<string, DeadlineItem[]>();
    const prefix = `${ym.y}-${pad(ym.m)}`;
    for (const i of items) {
      if (i.dueOn.startsWith(prefix)) map.set(i.dueOn, [...(map.get(i.dueOn) ?? []), i]);
      if (i.endOn && i.endOn.startsWith(prefix) && i.endOn !== i.dueOn)
        map.set(i.endOn, [...(map.get(i.endOn) ?? []), i]);
    }
    return map;
  }, [items, ym]);
  const inWindow = (day: string) => items.some((i) => i.endOn && i.dueOn < day && day < i.endOn);
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
      <div className="calendar-grid">
        {WEEKDAYS.map((w) => (
          <div key={w} className="calendar-wd">
            {w}
          </div>
        ))}
        {monthDays(ym.y, ym.m).map((day, idx) => (
          <div
            key={day ?? `x${idx}`}
            className={`calendar-cell${day === asOf ? ' today' : ''}${day && inWindow(day) ? ' in-window' : ''}`}
            data-day={day ?? undefined}
          >
            {day && <span className="calendar-day">{Number(day.slice(8))}</span>}
            {day &&
              (byDay.get(day) ?? []).slice(0, 4).map((i) => (
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
            {day && (byDay.get(day)?.length ?? 0) > 4 && (
              <div className="calendar-more">另 {(byDay.get(day)?.length ?? 0) - 4} 项</div>
            )}
          </div>
        ))}
      </div>
    </section>
  );
}
