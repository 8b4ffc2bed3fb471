/**
 * 期限: what is overdue, what falls due soon, a month calendar, each zone's timeline
 * and the rules behind the dates. "As of" defaults to today and can be moved to look
 * ahead or back; ICS export puts the same dates into any calendar. Opened from a home-page
 * bar or count, it shows only what that bar counted, until 显示全部.
 */
import { useEffect, useState } from 'react';
import { api } from '../../api';
import { EmptyState } from '../../components/EmptyState';
import { Loading } from '../../components/Loading';
import { ErrorNote } from '../../components/ErrorNote';
import { PageHeader } from '../../components/PageHeader';
import { onLedgerChange } from '../../components/undo-bus';
import { useApi } from '../../use-api';
import { BulkDeadlines } from './BulkDeadlines';
import {
  deadlineFilterFromHash,
  deadlineFilterLabel,
  matchesDeadline,
  type DeadlineFilter,
} from './deadline-link';
import { DueLists } from './DueLists';
import { MilestoneTable } from './MilestoneRow';
import { MonthCalendar } from './MonthCalendar';
import { RulesPanel } from './RulesPanel';
import { todayInChina } from './today';
import { ZoneTimeline } from './ZoneTimeline';
import './deadlines.css';
import { DateInput } from '../../components/DateInput';

const TABS = [
  ['due', '待办'],
  ['calendar', '月历'],
  ['timeline', '实验区时间线'],
  ['rules', '规则'],
] as const;
type Tab = (typeof TABS)[number][0];

function downloadText(text: string, fileName: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function DeadlinesPage() {
  const [asOf, setAsOf] = useState(todayInChina);
  const [tab, setTab] = useState<Tab>('due');
  const list = useApi('deadlines/list', { asOf });
  const [exportMsg, setExportMsg] = useState<string | null>(null);
  const filter = useDeadlineFilter();
  // A list for another 截至 date is not shown as this one's while it loads.
  const all = (list.stale ? null : list.value) ?? [];
  const items = filter ? all.filter((i) => matchesDeadline(filter, i)) : all;
  const { reload } = list;
  // An undo or redo (or a bulk change) elsewhere on the page changes what is due.
  useEffect(() => onLedgerChange((c) => c.dataChanged && reload()), [reload]);
  const exportIcs = async () => {
    const r = await api.call('deadlines/ics', { asOf });
    if (!r.ok) return setExportMsg(r.error.message);
    downloadText(r.value.ics, r.value.fileName, 'text/calendar;charset=utf-8');
    setExportMsg(`已导出 ${r.value.events} 个日历事件`);
  };
  return (
    <div className="deadlines-page">
      <PageHeader title="期限" subtitle="申报截止、年度计划与总结、终期报告、结项验收、公示期">
        <label className="asof">
          截至
          <DateInput value={asOf} onChange={setAsOf} aria-label="截至日期" />
        </label>
        <button className="button" onClick={() => void exportIcs()} disabled={items.length === 0}>
          导出日历（ICS）
        </button>
      </PageHeader>
      {exportMsg && (
        <p className="muted" role="status">
          {exportMsg}
        </p>
      )}
      {list.error && <ErrorNote error={list.error} />}
      <nav className="tabs" role="tablist" aria-label="期限视图">
        {TABS.map(([id, label]) => (
          <button
            key={id}
            role="tab"
            aria-selected={tab === id}
            className={tab === id ? 'active' : undefined}
            onClick={() => setTab(id)}
          >
            {label}
          </button>
        ))}
      </nav>
      {filter && (
        <p className="deadline-filter" role="status" data-testid="deadline-filter">
          <span>
            只看<strong>{deadlineFilterLabel(filter)}</strong>的 {items.length} 项（共 {all.length}{' '}
            项）
          </span>
          <a className="button small" href="#/deadlines">
            显示全部
          </a>
        </p>
      )}
      {(list.stale || list.loading) && !list.error && tab !== 'rules' ? (
        <Loading what="期限" />
      ) : list.value && all.length === 0 && tab !== 'rules' ? (
        <EmptyState title="没有期限节点">
          <p>
            导入含有实验周期、申报截止或公示期的通知后，系统会为每个实验区生成节点，并提醒已逾期和即将到期的事项。
          </p>
        </EmptyState>
      ) : (
        <>
          {tab === 'due' && (
            <>
              <BulkDeadlines items={items} onChanged={list.reload} />
              {filter ? (
                <MilestoneTable
                  items={items}
                  onChanged={list.reload}
                  empty={`没有${deadlineFilterLabel(filter)}的事项。`}
                  label={deadlineFilterLabel(filter)}
                />
              ) : (
                <DueLists items={items} onChanged={list.reload} />
              )}
            </>
          )}
          {tab === 'calendar' && <MonthCalendar items={items} asOf={asOf} />}
          {tab === 'timeline' && <ZoneTimeline items={items} asOf={asOf} onChanged={list.reload} />}
          {tab === 'rules' && <RulesPanel onChanged={list.reload} />}
        </>
      )}
    </div>
  );
}

/** The narrowing the address asks for; follows the address as links are followed. */
function useDeadlineFilter(): DeadlineFilter | null {
  const [filter, setFilter] = useState(() => deadlineFilterFromHash(window.location.hash));
  useEffect(() => {
    const onHash = () => setFilter(deadlineFilterFromHash(window.location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return filter;
}
