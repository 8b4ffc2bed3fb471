/**
 * `history`, `undo` and `redo`: the same operation log the app's 操作记录 page and its
 * 撤销/重做 buttons walk, said in Chinese.
 *   history [--limit N]   the latest operations: when, who, what, and whether undone
 *   undo [--to <编号>]     undoes the last operation, or every one back to <编号> (included)
 *   redo                  redoes the operation undone last
 */
import { importEffectText, type OperationSummary, type UndoOutcome } from '../../shared/operations';
import type { CliRequest } from './commands';
import { type CliArgs, UsageError } from './parse-args';

const positiveInt = (option: string, value: string | undefined, max: number) => {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max)
    throw new UsageError(`${option} 需要 1 到 ${max} 之间的整数，收到 "${value}"`);
  return n;
};

/** "2026-05-01 16:30" in Beijing time, as the app shows it. */
export function beijingTime(iso: string): string {
  const t = new Date(iso);
  if (Number.isNaN(t.getTime())) return iso;
  return new Date(t.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}

const state = (o: OperationSummary) =>
  o.discarded ? '\t（已撤销，不可重做）' : o.undone ? '\t（已撤销）' : '';

/** An import that joined records already held says how many, as 操作记录 does. */
const joinedText = (o: OperationSummary) => (o.joined ? `（关联已有 ${o.joined} 条记录）` : '');

export const historyLine = (o: OperationSummary) =>
  `#${o.opId}\t${beijingTime(o.at)}\t${o.actorLabel}\t${o.kindLabel}\t${o.summary}${o.records > 1 && !/条记录/.test(o.summary) ? `（${o.records} 条记录）` : ''}${joinedText(o)}${o.effects ? `：${importEffectText(o.effects)}` : ''}${state(o)}`;

export function historyRequest(args: CliArgs): CliRequest {
  const limit = positiveInt('--limit', args.limit, 500) ?? 20;
  return {
    method: 'history/list',
    input: { limit },
    human: (v) => {
      const list = v as OperationSummary[];
      if (list.length === 0) return '还没有任何操作记录。';
      return ['编号\t时间\t操作人\t类别\t内容', ...list.map(historyLine)].join('\n');
    },
  };
}

export function undoRequest(direction: 'undo' | 'redo', args: CliArgs): CliRequest {
  const verb = direction === 'undo' ? '撤销' : '重做';
  if (direction === 'undo' && args.to !== undefined) {
    const opId = positiveInt('--to', args.to, Number.MAX_SAFE_INTEGER)!;
    return {
      method: 'history/undoTo',
      input: { opId },
      human: (v) => {
        const o = v as UndoOutcome | null;
        return o
          ? `已撤销到操作 #${o.opId}（含）之前，共 ${o.steps} 步；最早撤销的一步：${o.summary}`
          : `没有可以${verb}的操作。`;
      },
    };
  }
  if (args.to !== undefined) throw new UsageError('--to 只能与 undo 一起使用');
  return {
    method: direction === 'undo' ? 'history/undo' : 'history/redo',
    input: {},
    human: (v) => {
      const o = v as UndoOutcome | null;
      return o ? `已${verb}：${o.summary}` : `没有可以${verb}的操作。`;
    },
  };
}
