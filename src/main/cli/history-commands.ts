/** `undo` and `redo`: the same operation log the app's 撤销/重做 buttons walk. */
import type { UndoOutcome } from '../../shared/domain';
import type { CliRequest } from './commands';

export function undoRequest(direction: 'undo' | 'redo'): CliRequest {
  const verb = direction === 'undo' ? '撤销' : '重做';
  return {
    method: direction === 'undo' ? 'history/undo' : 'history/redo',
    input: {},
    human: (v) => {
      const o = v as UndoOutcome | null;
      return o ? `已${verb}：${o.summary}` : `没有可以${verb}的操作。`;
    },
  };
}
