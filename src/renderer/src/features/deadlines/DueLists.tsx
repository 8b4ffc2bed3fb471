/**
 * The working view: overdue first (red), then due within 7, 30 and 90 days (amber, then
 * plain), then, folded with their counts, 以后 (open duties due after that) and 历史事项:
 * overdue duties of cycles that had ended long before they were imported (an old batch
 * brought in for the record) and past years' application rounds. Each section is read a page
 * at a time (deadlines/page); a folded one only once opened. Rows can be ticked and completed
 * or waived together as one operation.
 */
import { useEffect, useState, type ReactNode } from 'react';
import type { DeadlineSectionCounts } from '../../../../shared/deadline-pages';
import { BulkSelected } from './BulkDeadlines';
import type { RowSelection } from './MilestoneRow';
import { SectionTable } from './SectionTable';
import { useSectionPage, type SectionPage } from './use-section-page';

const WINDOWS = [7, 30, 90] as const;

export interface DueQuery {
  asOf: string;
  filter: string;
}

export function DueLists({
  query,
  overdue,
  counts,
  tick,
  onChanged,
}: {
  query: DueQuery;
  /** 已逾期's rows, read by the page for its counts (the reach does not change them). */
  overdue: SectionPage;
  /** Every section's count under the filter (the page's first answer). */
  counts: DeadlineSectionCounts;
  tick: number;
  onChanged: () => void;
}) {
  const [within, setWithin] = useState<(typeof WINDOWS)[number]>(30);
  const [picked, setPicked] = useState<ReadonlySet<number>>(new Set());
  // Another date, filter, reach or change to the ledger: what was ticked may be listed no
  // more (a reach of 90 days ticked, then 7 shown, would mark duties out of sight).
  useEffect(() => setPicked(new Set()), [query.asOf, query.filter, within, tick]);
  const soon = useSectionPage({ ...query, section: 'soon', within }, { tick });
  const selection: RowSelection = {
    selected: picked,
    toggle: (rows, on) =>
      setPicked((cur) => {
        const next = new Set(cur);
        for (const id of rows)
          if (on) next.add(id);
          else next.delete(id);
        return next;
      }),
  };
  const count = (n: (typeof WINDOWS)[number]) => counts[`within${n}`];
  const later = counts.open - count(within);
  return (
    <>
      <BulkSelected
        ids={[...picked]}
        onDone={() => {
          setPicked(new Set());
          onChanged();
        }}
      />
      <section className="due-section due-overdue" aria-label="已逾期">
        <h2>
          已逾期 <span className="count">{counts.overdue}</span>
        </h2>
        <SectionTable
          rows={overdue}
          onChanged={onChanged}
          empty="没有逾期事项。"
          selection={selection}
          label="已逾期"
          known={counts.overdue}
        />
      </section>
      <section className="due-section" aria-label="即将到期">
        <h2>
          即将到期
          <span className="seg" role="tablist" aria-label="到期范围">
            {WINDOWS.map((n) => (
              <button
                key={n}
                role="tab"
                aria-selected={within === n}
                className={within === n ? 'active' : undefined}
                onClick={() => setWithin(n)}
              >
                {n} 天内（{count(n)}）
              </button>
            ))}
          </span>
        </h2>
        <SectionTable
          rows={soon}
          onChanged={onChanged}
          empty={`${within} 天内没有到期事项。`}
          selection={selection}
          label="即将到期"
          known={count(within)}
        />
      </section>
      {later > 0 && (
        <Folded
          name="以后"
          count={later}
          note={`${within} 天以后到期的待办事项。`}
          className="due-later"
        >
          <FoldedRows
            query={{ ...query, section: 'later', within }}
            tick={tick}
            onChanged={onChanged}
            selection={selection}
            label="以后"
          />
        </Folded>
      )}
      {counts.history > 0 && (
        <Folded
          name="历史事项"
          count={counts.history}
          note="导入时实验周期早已结束的事项，以及往年已截止的申报：台账中没有完成记录，但不再计入已逾期。确已完成的可勾选后标记。"
          className="due-history"
        >
          <FoldedRows
            query={{ ...query, section: 'history', within }}
            tick={tick}
            onChanged={onChanged}
            selection={selection}
            label="历史事项"
          />
        </Folded>
      )}
    </>
  );
}

/** A section folded away with its count; its rows are read and drawn once it is opened. */
function Folded(props: {
  name: string;
  count: number;
  note: string;
  className: string;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  return (
    <details
      className={`due-section ${props.className}`}
      aria-label={props.name}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary>
        <h2>
          {props.name} <span className="count">{props.count}</span>
        </h2>
        <span className="muted">{props.note}</span>
      </summary>
      {open && props.children}
    </details>
  );
}

function FoldedRows(props: {
  query: Parameters<typeof useSectionPage>[0];
  tick: number;
  onChanged: () => void;
  selection: RowSelection;
  label: string;
}) {
  const rows = useSectionPage(props.query, { tick: props.tick });
  return (
    <SectionTable
      rows={rows}
      onChanged={props.onChanged}
      empty=""
      selection={props.selection}
      label={props.label}
    />
  );
}
