/**
 * The 撤销 and 重做 buttons, on every page: each says what it will do
 * ("撤销：导入《…》（31 条记录）"), asks first where that takes back a lot, and links to the
 * 操作记录 page with the whole list.
 */
import { buttonLabel } from '../../../shared/operations';
import { useHistoryPeek } from './use-history-peek';
import { redo, undo } from './undo-bus';

export function UndoBar() {
  const peek = useHistoryPeek();
  const undoLabel = peek?.undo?.label ?? '撤销';
  const redoLabel = peek?.redo?.label ?? '重做';
  return (
    <div className="undo-bar" data-testid="undo-bar">
      <button
        type="button"
        className="button small undo-button"
        aria-label={undoLabel}
        disabled={!peek?.undo}
        title={`${undoLabel}（Ctrl+Z）`}
        onClick={() => void undo()}
      >
        {buttonLabel(undoLabel)}
      </button>
      <button
        type="button"
        className="button small undo-button"
        aria-label={redoLabel}
        disabled={!peek?.redo}
        title={`${redoLabel}（Ctrl+Y）`}
        onClick={() => void redo()}
      >
        {buttonLabel(redoLabel)}
      </button>
      <a href="#/history" className="undo-history-link">
        操作记录
      </a>
    </div>
  );
}
