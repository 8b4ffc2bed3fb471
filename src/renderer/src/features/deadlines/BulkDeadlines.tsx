/**
 * Completing or waiving outstanding deadlines in bulk — the rows ticked in the lists, a
 * programme, a batch, or everything due before a date — as one operation that one 撤销
 * takes back.
 */
import { useState } from 'react';
import { api } from '../../api';
import { announce } from '../../components/undo-bus';
import { DateInput } from '../../components/DateInput';

type BulkInput = {
  status: 'done' | 'waived';
  ids?: number[];
  programme?: string;
  batch?: string;
  dueBefore?: string;
  note?: string;
};

/** One bulk call; null when it went through (the message is announced), else the error. */
async function runBulk(input: BulkInput): Promise<string | null> {
  const r = await api.call('milestones/bulk', input);
  if (!r.ok) return r.error.message;
  announce({
    message:
      r.value.changed === 0
        ? '没有符合条件的待办期限'
        : `已批量${input.status === 'done' ? '完成' : '免除'} ${r.value.changed} 项期限（可撤销）`,
    tone: 'info',
    dataChanged: r.value.changed > 0,
  });
  return null;
}

/** The ticked rows: complete or waive exactly those, with one optional note. */
export function BulkSelected(props: { ids: readonly number[]; onDone: () => void }) {
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (props.ids.length === 0) return null;
  const run = async (status: 'done' | 'waived') => {
    setError(
      await runBulk({
        status,
        ids: [...props.ids],
        ...(note.trim() ? { note: note.trim() } : {}),
      }),
    );
    setNote('');
    props.onDone();
  };
  return (
    <div className="bulk-selected" role="group" aria-label="处理选中的期限">
      <strong>已选 {props.ids.length} 项</strong>
      <input
        value={note}
        onChange={(e) => setNote(e.target.value)}
        placeholder="备注（可选）"
        aria-label="选中项备注"
      />
      <button className="button small primary" onClick={() => void run('done')}>
        选中项标为已完成
      </button>
      <button className="button small" onClick={() => void run('waived')}>
        选中项免除
      </button>
      {error && <span className="error-note">{error}</span>}
    </div>
  );
}

/** The form's programmes are those of the records with deadlines (deadlines/page sends them). */
export function BulkDeadlines(props: { programmes: readonly string[]; onChanged: () => void }) {
  const { programmes } = props;
  const [status, setStatus] = useState<'done' | 'waived'>('done');
  const [programme, setProgramme] = useState('');
  const [batch, setBatch] = useState('');
  const [dueBefore, setDueBefore] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const run = async () => {
    setError(
      await runBulk({
        status,
        ...(programme ? { programme } : {}),
        ...(batch.trim() ? { batch: batch.trim() } : {}),
        ...(dueBefore ? { dueBefore } : {}),
        ...(note.trim() ? { note: note.trim() } : {}),
      }),
    );
    props.onChanged();
  };
  return (
    <form
      className="bulk-deadlines"
      aria-label="批量处理期限"
      onSubmit={(e) => {
        e.preventDefault();
        void run();
      }}
    >
      <strong>批量处理</strong>
      <select value={status} onChange={(e) => setStatus(e.target.value as 'done' | 'waived')}>
        <option value="done">标为已完成</option>
        <option value="waived">标为免除</option>
      </select>
      <select value={programme} onChange={(e) => setProgramme(e.target.value)} aria-label="项目">
        <option value="">全部项目</option>
        {programmes.map((p) => (
          <option key={p} value={p}>
            {p}
          </option>
        ))}
      </select>
      <input
        value={batch}
        onChange={(e) => setBatch(e.target.value)}
        placeholder="批次（可空）"
        aria-label="批次"
      />
      <label>
        到期不晚于
        <DateInput value={dueBefore} onChange={setDueBefore} optional aria-label="到期不晚于" />
      </label>
      <input value={note} onChange={(e) => setNote(e.target.value)} placeholder="备注" />
      <button
        type="submit"
        className="button small"
        disabled={!programme && !batch.trim() && !dueBefore}
      >
        批量处理
      </button>
      {error && <span className="error-note">{error}</span>}
    </form>
  );
}
