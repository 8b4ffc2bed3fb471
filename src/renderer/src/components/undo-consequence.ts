/**
 * What taking an undo or redo step will do, said in the confirmation before it is done: the
 * clerk must know what leaves the ledger (a notice, its records, a merge, a whole restore).
 */
import {
  importEffectText,
  type HistoryStep,
  type OperationSummary,
} from '../../../shared/operations';

/**
 * What taking this step will do, said before it is done; an import's undo also says what it
 * changed of records already held and of duties (操作记录's effects line), which go with it.
 */
export function consequence(step: HistoryStep, verb: '撤销' | '重做'): string {
  const what = whatLeaves(step, verb);
  if (verb !== '撤销') return what;
  const { effects, duties } = step.op;
  // duties the effects line already names (closed, re-dated) are not told twice
  const named = effects
    ? effects.duties.reduce((n, d) => n + d.duties, 0) + effects.dutiesMoved
    : 0;
  const rest = (duties ?? 0) - named;
  const lines = [
    effects && importEffectText(effects) ? `一并撤回：${importEffectText(effects)}。` : '',
    rest > 0 ? `${named > 0 ? '另有' : '涉及'}期限 ${rest} 项的新增或改动，随之撤回。` : '',
  ].filter(Boolean);
  return [what, ...lines].join('\n');
}

function whatLeaves(step: HistoryStep, verb: '撤销' | '重做'): string {
  const { kind, records } = step.op;
  const again = verb === '撤销' ? '（之后仍可重做）' : '（之后仍可撤销）';
  // One click's import of several files is taken back and put back whole.
  const notices = step.op.notices ?? 1;
  if (kind === 'import' && notices > 1) return severalNotices(step.op, verb, again);
  // An import that only added sources to records already there brought no record of its own.
  if (kind === 'import' && records === 0)
    return verb === '撤销'
      ? `这份通知将从台账中移除，它给已有记录添加的来源和状态变化一并撤回；${step.op.joined ? `关联的 ${step.op.joined} 条已有记录` : '这些记录'}本身保留${again}。`
      : `这份通知将重新放回台账，它给已有记录添加的来源和状态变化一并恢复${again}。`;
  // A later notice that also created records: those leave, the ones it joined stay.
  const joined = step.op.joined ?? 0;
  if (kind === 'import' && joined > 0)
    return verb === '撤销'
      ? `这份通知和它新建的 ${records} 条记录将从台账中移除；它给已有记录添加的来源和状态变化一并撤回，关联的 ${joined} 条已有记录本身保留${again}。`
      : `这份通知和它新建的 ${records} 条记录将重新放回台账，它给 ${joined} 条已有记录添加的来源和状态变化一并恢复${again}。`;
  if (kind === 'import')
    return verb === '撤销'
      ? `这份通知和它带来的 ${records} 条记录将从台账中移除${again}。`
      : `这份通知和它的 ${records} 条记录将重新放回台账${again}。`;
  if (kind === 'merge')
    return verb === '撤销' ? `合并的记录将重新分开${again}。` : `这些记录将重新合并${again}。`;
  if (kind === 'restore')
    return verb === '撤销'
      ? `整个台账将回到恢复之前的样子${again}。`
      : `整个台账将再次换成恢复的备份${again}。`;
  return `这一步涉及 ${records} 条记录${again}。`;
}

function severalNotices(op: OperationSummary, verb: '撤销' | '重做', again: string): string {
  const joined = op.joined ?? 0;
  const held = joined > 0 ? `，关联的 ${joined} 条已有记录本身保留` : '';
  return verb === '撤销'
    ? `这 ${op.notices} 份通知和它们带来的 ${op.records} 条记录将从台账中移除，它们给已有记录添加的来源和状态变化一并撤回${held}${again}。`
    : `这 ${op.notices} 份通知和它们的 ${op.records} 条记录将重新放回台账，它们给已有记录添加的来源和状态变化一并恢复${again}。`;
}

/**
 * 撤销到此 (操作记录): what the undos from the newest operation back to this one take back.
 * One operation is said as the undo button says it; several are counted, and each of them that
 * changed what the ledger already held (a news item filling 5 records' 年度, an acceptance
 * closing duties) is named with its effects line, as its row in 操作记录 shows it.
 */
export function undoToConsequence(ops: readonly OperationSummary[]): string {
  const oldest = ops.at(-1);
  if (!oldest) return '';
  if (ops.length === 1) return consequence({ op: oldest, label: '', confirm: true }, '撤销');
  const named = ops.flatMap((o) => {
    const said = o.effects ? importEffectText(o.effects) : '';
    return said ? [`「${o.summary}」一并撤回：${said}。`] : [];
  });
  return [
    `将依次撤销最近的 ${ops.length} 项操作，直到这一项（含）。之后仍可逐项重做。`,
    ...named,
  ].join('\n');
}
