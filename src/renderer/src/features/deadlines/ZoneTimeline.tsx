/**
 * One zone across its cycle: a bar from approval to acceptance with every milestone
 * placed by date, so a glance shows where the zone is and what comes next. An extension
 * is granted here too, since it moves the end and everything after it. The zone is found by
 * what the clerk types (deadlines/zones: at 100,000 records a select of every zone held
 * 25,000 options), and only its own duties are read (deadlines/list by record).
 */
import { useState, type CSSProperties } from 'react';
import { api } from '../../api';
import { ErrorNote } from '../../components/ErrorNote';
import { Loading } from '../../components/Loading';
import { useApi } from '../../use-api';
import { HISTORY_NOTE, statusShown } from './labels';
import { DateInput } from '../../components/DateInput';

const t = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

export function ZoneTimeline({
  asOf,
  tick,
  onChanged,
}: {
  asOf: string;
  tick: number;
  onChanged: () => void;
}) {
  const [typed, setTyped] = useState('');
  const found = useApi('deadlines/zones', { text: typed.trim(), limit: 50 });
  const zones = found.value?.zones ?? [];
  const [picked, setPicked] = useState<number | null>(null);
  const recordId =
    picked !== null && zones.some((z) => z.recordId === picked)
      ? picked
      : (zones[0]?.recordId ?? null);
  return (
    <section className="timeline" aria-label="实验区时间线">
      <div className="timeline-pick">
        <label>
          查找实验区：
          <input
            type="search"
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            placeholder="地区、单位、项目或批次"
            aria-label="查找实验区"
          />
        </label>{' '}
        <label>
          实验区：
          <select
            value={recordId ?? ''}
            onChange={(e) => setPicked(Number(e.target.value))}
            disabled={zones.length === 0}
          >
            {zones.map((z) => (
              <option key={z.recordId} value={z.recordId}>
                {z.name}
                {/* the batch tells apart two zones of one name (a place confirmed twice) */}
                {z.batch && zones.some((o) => o !== z && o.name === z.name) ? `（${z.batch}）` : ''}
              </option>
            ))}
          </select>
        </label>{' '}
        {found.value?.more && (
          <span className="muted small">只列出前 {zones.length} 个，输入更多字可缩小范围</span>
        )}
      </div>
      {found.error && <ErrorNote error={found.error} />}
      {found.value && zones.length === 0 && (
        <p className="muted">
          {typed.trim()
            ? `没有名称含“${typed.trim()}”的实验区。`
            : '还没有按实验周期生成节点的记录。'}
        </p>
      )}
      {recordId !== null && (
        <ZoneCycle
          key={recordId}
          recordId={recordId}
          asOf={asOf}
          tick={tick}
          onChanged={onChanged}
        />
      )}
    </section>
  );
}

/** One zone's duties on its track and in a list, with the extension form. */
function ZoneCycle({
  recordId,
  asOf,
  tick,
  onChanged,
}: {
  recordId: number;
  asOf: string;
  tick: number;
  onChanged: () => void;
}) {
  const read = useApi('deadlines/list', { asOf, recordId });
  const { reload } = read;
  const [seen, setSeen] = useState(tick);
  if (seen !== tick) {
    setSeen(tick);
    reload();
  }
  const [until, setUntil] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (read.error) return <ErrorNote error={read.error} />;
  const mine = read.stale ? null : read.value;
  if (!mine) return <Loading what="时间线" />;
  if (mine.length === 0) return <p className="muted">该记录没有期限节点。</p>;

  const dates = mine.flatMap((i) => [i.dueOn, i.endOn ?? i.dueOn]);
  const min = t(dates.reduce((a, b) => (a < b ? a : b)));
  const max = t(dates.reduce((a, b) => (a > b ? a : b)));
  const pos = (iso: string) => (max === min ? 0 : ((t(iso) - min) / (max - min)) * 100);
  const extend = async (value: string | null) => {
    const r = await api.call('milestones/extend', { recordId, until: value });
    if (!r.ok) return setError(r.error.message);
    setError(null);
    onChanged();
  };
  return (
    <>
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
    </>
  );
}
