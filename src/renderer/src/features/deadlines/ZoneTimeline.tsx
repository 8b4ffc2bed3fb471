/**
 * One zone across its cycle: a bar from approval to acceptance with every milestone
 * placed by date, so a glance shows where the zone is and what comes next. An extension
 * is granted here too, since it moves the end and everything after it.
 */
import { useMemo, useState, type CSSProperties } from 'react';
import { api } from '../../api';
import { HISTORY_NOTE, statusShown } from './labels';
import type { DeadlineItem } from './types';
import { recordName } from '../../../../shared/record-name';
import { DateInput } from '../../components/DateInput';

const t = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

export function ZoneTimeline({
  items,
  asOf,
  onChanged,
}: {
  items: DeadlineItem[];
  asOf: string;
  onChanged: () => void;
}) {
  const zones = useMemo(() => {
    const m = new Map<number, string>();
    for (const i of items)
      if (i.recordId !== null && i.record)
        m.set(i.recordId, i.record.regionText ?? i.record.unit ?? recordName(i.record));
    return [...m.entries()];
  }, [items]);
  const [picked, setPicked] = useState<number | null>(null);
  const recordId = picked ?? zones[0]?.[0] ?? null;
  const mine = items.filter((i) => i.recordId === recordId);
  const [until, setUntil] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (zones.length === 0) return <p className="muted">还没有按实验周期生成节点的记录。</p>;

  const dates = mine.flatMap((i) => [i.dueOn, i.endOn ?? i.dueOn]);
  const min = t(dates.reduce((a, b) => (a < b ? a : b)));
  const max = t(dates.reduce((a, b) => (a > b ? a : b)));
  const pos = (iso: string) => (max === min ? 0 : ((t(iso) - min) / (max - min)) * 100);
  const extend = async (value: string | null) => {
    if (recordId === null) return;
    const r = await api.call('milestones/extend', { recordId, until: value });
    if (!r.ok) return setError(r.error.message);
    setError(null);
    onChanged();
  };
  return (
    <section className="timeline" aria-label="实验区时间线">
      <label className="timeline-pick">
        实验区：
        <select value={recordId ?? ''} onChange={(e) => setPicked(Number(e.target.value))}>
          {zones.map(([id, name]) => (
            <option key={id} value={id}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <div className="timeline-track">
        {asOf >= dates[0]! && t(asOf) <= max && (
          <div
            className="timeline-today"
            style={{ left: `${pos(asOf)}%` }}
            title={`今天 ${asOf}`}
          />
        )}
        {mine.map((i, n) => (
          <div
            key={i.id}
            className={`timeline-mark st-${statusShown(i).key}`}
            // The guide line drops from the label to the track, whatever row the label sits on.
            style={
              {
                left: `${pos(i.dueOn)}%`,
                top: `${(n % 3) * 22 + 8}px`,
                '--drop': `${96 - ((n % 3) * 22 + 8) - 18}px`,
              } as CSSProperties
            }
            title={`${i.label} ${i.dueOn}（${statusShown(i).label}）`}
          >
            <span>{i.label}</span>
          </div>
        ))}
      </div>
      <ol className="timeline-list">
        {mine.map((i) => {
          const shown = statusShown(i);
          return (
            <li key={i.id} className={`st-${shown.key}`}>
              <span className="ms-date">{i.endOn ? `${i.dueOn} 至 ${i.endOn}` : i.dueOn}</span>{' '}
              {i.label}{' '}
              <span
                className={`status-badge st-${shown.key}`}
                title={shown.key === 'historical' ? HISTORY_NOTE : undefined}
              >
                {shown.label}
              </span>{' '}
              <span className="muted">{shown.days}</span>
              {i.note && <span className="ms-note">备注：{i.note}</span>}
            </li>
          );
        })}
      </ol>
      <form
        className="timeline-extend"
        onSubmit={(e) => {
          e.preventDefault();
          void extend(until || null);
        }}
      >
        <label>
          延期至 <DateInput value={until} onChange={setUntil} optional aria-label="延期至" />
        </label>
        <button className="button small" type="submit" disabled={!until}>
          登记延期
        </button>
        {mine.some((i) => i.kind === 'extension') && (
          <button className="button small" type="button" onClick={() => void extend(null)}>
            撤销延期
          </button>
        )}
        <span className="muted small">延期会顺延终期报告、结项验收和期内的年度计划与总结。</span>
        {error && <span className="error-note">{error}</span>}
      </form>
    </section>
  );
}
