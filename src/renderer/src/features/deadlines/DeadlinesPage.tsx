/**
 * 期限: what is overdue, what falls due soon, a month calendar, each zone's timeline
 * and the rules behind the dates. "As of" defaults to today and can be moved to look
 * ahead or back; the filter box narrows every view to the rows holding the words typed; ICS
 * export puts the same dates into any calendar. Opened from a home-page bar or count, it
 * shows only what that bar counted, until 显示全部. Every view asks the backend for what it
 * draws (deadlines/page, /month, /zones), never for the whole list.
 */
import { useCallback, useEffect, useState } from 'react';
import { api } from '../../api';
import { EmptyState } from '../../components/EmptyState';
import { Loading } from '../../components/Loading';
import { ErrorNote } from '../../components/ErrorNote';
import { PageHeader } from '../../components/PageHeader';
import { onLedgerChange } from '../../components/undo-bus';
import { BulkDeadlines } from './BulkDeadlines';
import { deadlineFilterFromHash, deadlineFilterLabel, type DeadlineFilter } from './deadline-link';
import { DueLists } from './DueLists';
import { SectionTable } from './SectionTable';
import { useSectionPage } from './use-section-page';
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
  const [typed, setTyped] = useState('');
  const filterText = useSettled(typed);
  const [tick, setTick] = useState(0);
  const changed = useCallback(() => setTick((t) => t + 1), []);
  // every section's count, the programmes, and whether the ledger has any deadline at all
  const head = useSectionPage(
    { asOf, section: 'overdue', within: 30, filter: filterText },
    { tick },
  );
  const [exportMsg, setExportMsg] = useState<string | null>(null);
  const filter = useDeadlineFilter();
  // An undo or redo (or a bulk change) elsewhere on the page changes what is due.
  useEffect(() => onLedgerChange((c) => c.dataChanged && changed()), [changed]);
  const page = head.stale ? null : head.page;
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
        <label className="deadline-find">
          筛选
          <input
            type="search"
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            placeholder="单位、事项、项目或通知"
            aria-label="筛选期限"
          />
        </label>
        <button
          className="button"
          onClick={() => void exportIcs()}
          disabled={!page || page.listed === 0}
        >
          导出日历（ICS）
        </button>
      </PageHeader>
      {exportMsg && (
        <p className="muted" role="status">
          {exportMsg}
        </p>
      )}
      {head.error && <ErrorNote error={head.error} />}
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
      {tab === 'rules' ? (
        <RulesPanel onChanged={changed} />
      ) : !page ? (
        !head.error && <Loading what="期限" />
      ) : page.listed === 0 ? (
        <EmptyState title="没有期限节点">
          <p>
            导入含有实验周期、申报截止或公示期的通知后，系统会为每个实验区生成节点，并提醒已逾期和即将到期的事项。
          </p>
        </EmptyState>
      ) : (
        <>
          {filterText.trim() && (
            <p className="muted" role="status" data-testid="deadline-find-note">
              筛选“{filterText.trim()}”：已逾期 {page.counts.overdue} 项，待办 {page.counts.open}{' '}
              项，历史事项 {page.counts.history} 项
            </p>
          )}
          {tab === 'due' && (
            <>
              <BulkDeadlines programmes={page.programmes ?? []} onChanged={changed} />
              {filter ? (
                <LinkedSection
                  filter={filter}
                  asOf={asOf}
                  text={filterText}
                  listed={page.listed}
                  tick={tick}
                  onChanged={changed}
                />
              ) : (
                <DueLists
                  query={{ asOf, filter: filterText }}
                  overdue={head}
                  counts={page.counts}
                  tick={tick}
                  onChanged={changed}
                />
              )}
            </>
          )}
          {tab === 'calendar' && <MonthCalendar asOf={asOf} filter={filterText} tick={tick} />}
          {tab === 'timeline' && <ZoneTimeline asOf={asOf} tick={tick} onChanged={changed} />}
        </>
      )}
    </div>
  );
}

/** The section a home-page bar or count opens, narrowed as it counted, until 显示全部. */
function LinkedSection(props: {
  filter: DeadlineFilter;
  asOf: string;
  text: string;
  listed: number;
  tick: number;
  onChanged: () => void;
}) {
  const f = props.filter;
  const rows = useSectionPage(
    {
      asOf: props.asOf,
      filter: props.text,
      ...(f.kind === 'overdue'
        ? { section: 'overdue', within: 30 }
        : f.kind === 'within'
          ? { section: 'soon', within: f.days }
          : { section: 'open', within: 30, month: f.month }),
    },
    { tick: props.tick },
  );
  const label = deadlineFilterLabel(f);
  return (
    <>
      <p className="deadline-filter" role="status" data-testid="deadline-filter">
        <span>
          只看<strong>{label}</strong>的 {rows.page && !rows.stale ? rows.page.total : '…'} 项（共{' '}
          {props.listed} 项）
        </span>
        <a className="button small" href="#/deadlines">
          显示全部
        </a>
      </p>
      <SectionTable
        rows={rows}
        onChanged={props.onChanged}
        empty={`没有${label}的事项。`}
        label={label}
      />
    </>
  );
}

/** The text once typing pauses: each change of the filter is a read of every duty's words. */
function useSettled(text: string, ms = 300): string {
  const [settled, setSettled] = useState(text);
  useEffect(() => {
    const t = setTimeout(() => setSettled(text), ms);
    return () => clearTimeout(t);
  }, [text, ms]);
  return settled;
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
