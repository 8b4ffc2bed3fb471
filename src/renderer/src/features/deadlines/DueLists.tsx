/**
 * The working view: overdue first (red), then due within 7, 30 and 90 days (amber, then
 * plain), and last, folded away with its count, 历史事项: overdue duties of cycles that had
 * ended long before they were imported (an old batch brought in for the record) and past
 * years' application rounds. Rows can be
 * ticked and completed or waived together as one operation.
 */
import { useMemo, useState } from 'react';
import { BulkSelected } from './BulkDeadlines';
import { MilestoneTable, type RowSelection } from './MilestoneRow';
import { isOpenDuty } from '../../../../shared/schedule';
import type { DeadlineItem } from './types';

const WINDOWS = [7, 30, 90] as const;

export function DueLists({ items, onChanged }: { items: DeadlineItem[]; onChanged: () => void }) {
  const [within, setWithin] = useState<(typeof WINDOWS)[number]>(30);
  const overdue = items.filter((i) => i.status === 'overdue' && !i.historical);
  const history = items.filter((i) => i.status === 'overdue' && i.historical);
  const open = items.filter(isOpenDuty);
  const due = open.filter((i) => i.daysLeft >= 0 && i.daysLeft <= within);
  const count = (n: number) => open.filter((i) => i.daysLeft >= 0 && i.daysLeft <= n).length;
  const [picked, setPicked] = useState<ReadonlySet<number>>(new Set());
  const [historyOpen, setHistoryOpen] = useState(false);
  // Only what is still listed counts: a row marked or undone elsewhere drops out.
  const listed = useMemo(() => new Set(items.map((i) => i.id)), [items]);
  const ids = [...picked].filter((id) => listed.has(id));
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
  return (
    <>
      <BulkSelected
        ids={ids}
        onDone={() => {
          setPicked(new Set());
          onChanged();
        }}
      />
      <section className="due-section due-overdue" aria-label="已逾期">
        <h2>
          已逾期 <span className="count">{overdue.length}</span>
        </h2>
        <MilestoneTable
          items={overdue}
          onChanged={onChanged}
          empty="没有逾期事项。"
          selection={selection}
          label="已逾期"
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
        <MilestoneTable
          items={due}
          onChanged={onChanged}
          empty={`${within} 天内没有到期事项。`}
          selection={selection}
          label="即将到期"
        />
      </section>
      {history.length > 0 && (
        <details
          className="due-section due-history"
          aria-label="历史事项"
          onToggle={(e) => setHistoryOpen(e.currentTarget.open)}
        >
          <summary>
            <h2>
              历史事项 <span className="count">{history.length}</span>
            </h2>
            <span className="muted">
              导入时实验周期早已结束的事项，以及往年已截止的申报：台账中没有完成记录，但不再计入已逾期。确已完成的可勾选后标记。
            </span>
          </summary>
          {/* drawn when opened: folded, its rows (150,000 at 100,000 records) cost nothing */}
          {historyOpen && (
            <MilestoneTable
              items={history}
              onChanged={onChanged}
              empty=""
              selection={selection}
              label="历史事项"
            />
          )}
        </details>
      )}
    </>
  );
}
