/**
 * A notice's warnings, each closable: 已核对 asks for a short note and marks it reviewed
 * (one undoable operation); a reviewed warning stays listed, greyed, with its note and
 * 重新打开. Used on the notice view and in the record panel. Where the view can show the
 * notice's text, each warning about a place in it links there (原文): a warning read on its
 * own ("3项的地区无法识别") leaves staff searching a long notice for the sentence it means.
 */
import { useState } from 'react';
import type { NoticeWarning } from '../../../shared/domain';
import { CHECK_NOTE_MAX, isChecked, type WarningCheck } from '../../../shared/warning-checks';
import { clipChars } from '../../../shared/text-limit';
import { api } from '../api';
import { announce } from './undo-bus';

type Item = NoticeWarning & { noticeId: number };

/** Where a warning's source is shown: how many places, and how to bring the next one into view. */
export type LocateWarning = (w: Item) => { places: number; go: () => void } | null;

export function WarningList(props: {
  warnings: Item[];
  checks: WarningCheck[];
  locate?: LocateWarning;
  /** Told before the change is announced (and the view re-read): the record panel keeps its row. */
  onSaved?: () => void;
}) {
  const [open, setOpen] = useState<number | null>(null);
  const [note, setNote] = useState('');
  const save = async (w: Item, checked: boolean) => {
    const r = await api.call('notices/checkWarning', {
      noticeId: w.noticeId,
      code: w.code,
      message: w.message,
      note: checked ? note : '',
      checked,
    });
    if (!r.ok) return announce({ message: r.error.message, tone: 'error', dataChanged: false });
    setOpen(null);
    setNote('');
    props.onSaved?.();
    announce({
      message: checked ? '已核对这条警告（可撤销）' : '已重新打开这条警告',
      tone: 'info',
      dataChanged: true,
    });
  };
  return (
    <ul className="warning-list" data-testid="warning-list">
      {props.warnings.map((w, i) => {
        const done = isChecked(props.checks, w.noticeId, w);
        const source = props.locate?.(w) ?? null;
        return (
          <li key={i} className={done ? 'warning-checked' : undefined} data-code={w.code}>
            <span className="warning-text">{w.message}</span>
            {source && (
              <button
                type="button"
                className="link-button warning-source-link"
                title="在下方原文中标出这条警告所指的句子；再点一次转到下一处"
                onClick={source.go}
              >
                {source.places === 1 ? '看原文' : `看原文（${source.places} 处）`}
              </button>
            )}
            {done ? (
              <span className="warning-done">
                <span className="badge badge-committed">已核对</span>
                {done.note && <span className="muted">{done.note}</span>}
                <button type="button" className="link-button" onClick={() => void save(w, false)}>
                  重新打开
                </button>
              </span>
            ) : open === i ? (
              <form
                className="warning-check-form"
                onSubmit={(e) => {
                  e.preventDefault();
                  void save(w, true);
                }}
              >
                <input
                  autoFocus
                  value={note}
                  onChange={(e) => setNote(clipChars(e.target.value, CHECK_NOTE_MAX))}
                  aria-label="核对说明"
                  placeholder="核对说明，如：已与原件核对，序号确实跳号"
                />
                <button type="submit" className="button small primary">
                  确认已核对
                </button>
                <button type="button" className="button small" onClick={() => setOpen(null)}>
                  取消
                </button>
              </form>
            ) : (
              <button type="button" className="button small" onClick={() => setOpen(i)}>
                已核对
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
