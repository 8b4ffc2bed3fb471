/** One milestone in a list: when, who, what, why (the rule's sentence), and mark done / waived with a note. */
import { useState } from 'react';
import { deadlineWho } from '../../../../shared/schedule';
import { api } from '../../api';
import { announce } from '../../components/undo-bus';
import { HISTORY_NOTE, statusShown } from './labels';
import type { DeadlineItem } from './types';
import { ROWS_AT_A_TIME } from './use-section-page';

/** Row selection for the bulk actions: only duties stored and still pending can be chosen. */
export interface RowSelection {
  selected: ReadonlySet<number>;
  toggle: (ids: readonly number[], on: boolean) => void;
}

const selectable = (i: DeadlineItem) => !i.projected && i.storedStatus === 'pending';

const DONE_TEXT = { pending: '已恢复为待办', done: '已标为完成', waived: '已标为免除' } as const;

/**
 * The notice the rule came from, as a link: the deadline says what it is for (依据) and from
 * which notice, named when the row's own notice is that one.
 */
function RuleNotice({ item }: { item: DeadlineItem }) {
  const id = item.rule.noticeId;
  if (id === null) return null;
  const title = item.noticeId === id ? item.notice?.title : null;
  return (
    <a className="ms-rule-notice small" href={`#/notices/${id}`}>
      {title ? `《${title}》` : '查看来源通知'}
    </a>
  );
}

export function MilestoneRow({
  item,
  onChanged,
  selection,
}: {
  item: DeadlineItem;
  onChanged: () => void;
  selection?: RowSelection;
}) {
  const [editing, setEditing] = useState<null | 'done' | 'waived'>(null);
  const [note, setNote] = useState(item.note ?? '');
  const [error, setError] = useState<string | null>(null);
  const shown = statusShown(item);
  const who = deadlineWho(item) ?? '（通知）';
  const save = async (status: 'pending' | 'done' | 'waived', withNote: string | null) => {
    const r = await api.call('milestones/update', { id: item.id, status, note: withNote });
    if (!r.ok) return setError(r.error.message);
    setEditing(null);
    // Said on the status line, as the bulk actions say theirs: the row leaves its list, and
    // without a word the clerk could not tell done from gone.
    announce({
      message: `${DONE_TEXT[status]}：${who} ${item.label}（可按 Ctrl+Z 撤销）`,
      tone: 'info',
      dataChanged: true,
    });
    onChanged();
  };
  return (
    <tr className={`ms-row ms-${item.status}`} data-milestone={item.key}>
      {selection && (
        <td className="ms-pick">
          {selectable(item) && (
            <input
              type="checkbox"
              aria-label={`选择：${who} ${item.label}`}
              checked={selection.selected.has(item.id)}
              onChange={(e) => selection.toggle([item.id], e.target.checked)}
            />
          )}
        </td>
      )}
      <td className="ms-date">
        {item.endOn ? `${item.dueOn} 至 ${item.endOn}` : item.dueOn}
        <span className="ms-days">{shown.days}</span>
      </td>
      <td>{who}</td>
      <td>
        <strong>{item.label}</strong>
        {item.record?.programme && <div className="muted small">{item.record.programme}</div>}
      </td>
      {/* The clamp is on a block inside the cell: a clamped cell stops being a table cell. */}
      <td title={item.rule.text}>
        <div className="ms-rule">{item.rule.text}</div>
        <RuleNotice item={item} />
      </td>
      <td>
        <span
          className={`status-badge st-${shown.key}`}
          title={shown.key === 'historical' ? HISTORY_NOTE : undefined}
        >
          {shown.label}
        </span>
        {item.note && <div className="ms-note">备注：{item.note}</div>}
      </td>
      <td className="ms-actions">
        {editing ? (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void save(editing, note);
            }}
          >
            <input
              aria-label="备注"
              placeholder="备注（可选）"
              value={note}
              onChange={(e) => setNote(e.target.value)}
              autoFocus
            />
            <button className="button small primary" type="submit">
              确认{editing === 'done' ? '完成' : '免除'}
            </button>
            <button className="button small" type="button" onClick={() => setEditing(null)}>
              取消
            </button>
          </form>
        ) : item.projected ? (
          <span
            className="muted small"
            title="该年度的期限尚未写入台账：下次导入或修改规则时写入，之后即可标记"
          >
            预计
          </span>
        ) : item.storedStatus === 'pending' ? (
          <>
            <button className="button small" onClick={() => setEditing('done')}>
              标记完成
            </button>
            <button className="button small" onClick={() => setEditing('waived')}>
              免除
            </button>
          </>
        ) : (
          <button className="button small" onClick={() => void save('pending', item.note)}>
            恢复待办
          </button>
        )}
        {error && <div className="error-note">{error}</div>}
      </td>
    </tr>
  );
}

/**
 * A section's rows as far as they were read (deadlines/page, 200 at a time): at 100,000
 * records a section holds 150,000 duties of old cycles. 再列出 reads the next ones; 全选 asks
 * for the ids of the whole section, rows not yet drawn included.
 */
export function MilestoneTable({
  items,
  total,
  onMore,
  allIds,
  onChanged,
  empty,
  selection,
  label,
}: {
  items: DeadlineItem[];
  /** The section's rows, read or not (items.length when all were read). */
  total?: number;
  onMore?: () => void;
  allIds?: () => Promise<number[] | null>;
  onChanged: () => void;
  empty: string;
  selection?: RowSelection;
  label?: string;
}) {
  // the section's ids as 全选 last asked for them: checked while all of them are selected
  const [sectionIds, setSectionIds] = useState<number[] | null>(null);
  if (items.length === 0) return <p className="muted">{empty}</p>;
  const drawn = items.filter(selectable).map((i) => i.id);
  const choosable = sectionIds ?? drawn;
  const all = choosable.length > 0 && choosable.every((id) => selection?.selected.has(id));
  const rest = (total ?? items.length) - items.length;
  const pickAll = async (on: boolean) => {
    if (!selection) return;
    const ids = allIds ? await allIds() : drawn;
    // the list changed while its ids were read: ticking them would mark rows out of sight
    if (ids === null) return;
    setSectionIds(ids);
    selection.toggle(ids, on);
  };
  return (
    <>
      <table className="ms-table">
        <thead>
          <tr>
            {selection && (
              <th className="ms-pick">
                <input
                  type="checkbox"
                  aria-label={`全选${label ?? ''}`}
                  disabled={drawn.length === 0}
                  checked={all}
                  onChange={(e) => void pickAll(e.target.checked)}
                />
              </th>
            )}
            <th>期限</th>
            <th>单位 / 通知</th>
            <th>事项</th>
            <th>依据</th>
            <th>状态</th>
            <th>操作</th>
          </tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <MilestoneRow key={i.id} item={i} onChanged={onChanged} selection={selection} />
          ))}
        </tbody>
      </table>
      {rest > 0 && (
        <p className="ms-more">
          <span className="muted">
            已列出前 {items.length} 项，共 {total} 项（全选包括未列出的 {rest} 项）。
          </span>{' '}
          {onMore && (
            <button className="button small" onClick={onMore}>
              再列出 {Math.min(rest, ROWS_AT_A_TIME)} 项
            </button>
          )}
        </p>
      )}
    </>
  );
}
