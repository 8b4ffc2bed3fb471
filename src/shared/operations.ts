/**
 * The operation log as people read it: what kinds of operation there are, who does them,
 * and what an undo of one looks like before it is done.
 */

import { fieldLabel, fieldOfColumn } from './record-fields';
import { clipName } from './notice-name';

export const OPERATION_KIND_LABELS = {
  import: '导入',
  edit: '修改',
  bulk_edit: '批量修改',
  paste: '粘贴',
  fill: '向下填充',
  clear: '清除',
  link: '关联',
  unlink: '解除关联',
  split_mention: '拆出来源',
  rename_value: '统一取值',
  warning_check: '核对警告',
  create_record: '新建',
  delete: '删除',
  merge: '合并',
  unmerge: '撤销合并',
  pair_decision: '重复判定',
  dedupe_settings: '查重设置',
  milestone_status: '期限状态',
  milestone_bulk: '批量处理期限',
  extension: '延期',
  rule: '期限规则',
  replan: '重排期限',
  notice_edit: '修改通知',
  view: '保存视图',
  layout: '调整列',
  restore: '恢复备份',
  ledger_import: '导入台账文件',
} as const;
export type OperationKind = keyof typeof OPERATION_KIND_LABELS;

/** Who did it: a person by hand, the importer, or an automatic step (a merge at import). */
export const ACTOR_LABELS = { user: '手工', import: '导入', auto: '自动' } as const;
export type Actor = keyof typeof ACTOR_LABELS;

export const operationKindLabel = (kind: string): string =>
  Object.hasOwn(OPERATION_KIND_LABELS, kind) ? OPERATION_KIND_LABELS[kind as OperationKind] : kind;
export const actorLabel = (actor: string): string =>
  Object.hasOwn(ACTOR_LABELS, actor) ? ACTOR_LABELS[actor as Actor] : actor;

/** Undoing these asks first: they take back a lot at once. */
export const CONFIRM_KINDS: readonly OperationKind[] = [
  'import',
  'milestone_bulk',
  'merge',
  'restore',
  'ledger_import',
];
/** …as does undoing a change of more records than this. */
export const CONFIRM_ABOVE_RECORDS = 20;

/** One operation as the history list and the undo/redo buttons show it. */
export interface OperationSummary {
  opId: number;
  kind: string;
  kindLabel: string;
  summary: string;
  at: string;
  actor: string;
  actorLabel: string;
  noticeId: number | null;
  /** Distinct records it changed (an import: the records it created). */
  records: number;
  /**
   * An import in force: records already in the ledger its notice joined (a progress report,
   * an acceptance or news naming them) — it created none of these. Absent for other rows.
   */
  joined?: number;
  /**
   * Duties (期限) it added, changed or removed; absent if none. A record whose only change
   * was a duty is counted here, not in `records` (a rule re-dating a programme's duties).
   */
  duties?: number;
  /** An import's changes to records already held (statuses, fields, duties); absent if none. */
  effects?: ImportEffects;
  tables: string[];
  undone: boolean;
  /** Undone and no longer redoable (something new was done since). */
  discarded: boolean;
  /**
   * A step of several operations one click committed (an import of several files): the
   * notices it imported; the operations themselves, oldest first, are `parts`. Absent for
   * an operation that is its own step.
   */
  notices?: number;
  parts?: OperationSummary[];
}

/** What an import changed of what the ledger already held (db/queries/import-effects.ts). */
export interface ImportEffects {
  /** Records whose status it set, per new status, most first. */
  statuses: { status: string; records: number }[];
  /** Records it changed another field of (a theme filled in, a place renamed), per column. */
  fields: { field: string; records: number }[];
  /** Duties whose status it set (an acceptance closes them), per new status. */
  duties: { status: string; duties: number }[];
  /** Duties it moved to another date (an extension). */
  dutiesMoved: number;
}

const columnLabel = (column: string): string => {
  const field = fieldOfColumn(column);
  return field ? fieldLabel(field) : column;
};

const DUTY_STATUS_WORDS: Record<string, string> = {
  done: '办结',
  waived: '免除',
  pending: '重新列为待办',
};

/**
 * An import's effects in a sentence: "31 条记录状态改为「已验收」；186 项期限办结". A status
 * the clerk reads is named as it is stored; the duties' status in words.
 */
export function importEffectText(e: ImportEffects): string {
  const parts: string[] = [];
  if (e.statuses.length > 0)
    parts.push(
      e.statuses.map((s) => `${s.records} 条记录状态改为「${s.status || '（空）'}」`).join('，'),
    );
  if (e.fields.length > 0)
    parts.push(
      `更新了 ${e.fields.map((f) => `${f.records} 条记录的${columnLabel(f.field)}`).join('、')}`,
    );
  for (const d of e.duties)
    parts.push(`${d.duties} 项期限${DUTY_STATUS_WORDS[d.status] ?? `改为「${d.status}」`}`);
  if (e.dutiesMoved > 0) parts.push(`${e.dutiesMoved} 项期限改期`);
  return parts.join('；');
}

/** What the next undo or redo would do, for the button's label and the confirm dialog. */
export interface HistoryStep {
  op: OperationSummary;
  /** "撤销：导入《…》（31 条记录）" */
  label: string;
  /** Ask before doing it (import, merge, restore, more than 20 records). */
  confirm: boolean;
}

export interface HistoryPeek {
  undo: HistoryStep | null;
  redo: HistoryStep | null;
}

/** What an undo or redo did, for the status line. */
export interface UndoOutcome {
  opId: number;
  kind: string;
  summary: string;
  /** How many operations it stepped over (undo to a chosen point may do several). */
  steps: number;
}

/**
 * A step in words: one operation by its own summary; several by the notices they imported
 * ("导入 4 份通知": the automatic merges at import go with them), else the first and a count.
 */
export function stepSummary(ops: readonly Pick<OperationSummary, 'kind' | 'summary'>[]): string {
  const first = ops[0];
  if (!first) return '';
  if (ops.length === 1) return first.summary;
  const imports = ops.filter((o) => o.kind === 'import');
  if (imports.length > 1) return `导入 ${imports.length} 份通知`;
  return `${(imports[0] ?? first).summary}（连同 ${ops.length - 1} 项随之进行的操作）`;
}

export const needsConfirm = (op: Pick<OperationSummary, 'kind' | 'records' | 'duties'>): boolean =>
  (CONFIRM_KINDS as readonly string[]).includes(op.kind) ||
  op.records > CONFIRM_ABOVE_RECORDS ||
  (op.duties ?? 0) > CONFIRM_ABOVE_RECORDS;

/**
 * "撤销：导入《…》（31 条记录）" — the operation's own summary, with its record count; an import
 * that joined records already held counts them apart ("（关联已有 9 条记录）"): they stay.
 */
export function stepLabel(
  verb: '撤销' | '重做',
  op: Pick<OperationSummary, 'summary' | 'records' | 'joined'>,
): string {
  const short = clipName(op.summary, 40);
  if (/条记录/.test(short)) return `${verb}：${short}`;
  const count = (op.joined ?? 0) > 0 || op.records > 1 ? importCountText(op) : '';
  return `${verb}：${short}${count}`;
}

/**
 * "（3 条记录）", "（关联已有 9 条记录）", "（2 条记录，关联已有 9 条）": the records an import
 * created, and apart those it joined (held before it: undoing it leaves them).
 */
export function importCountText(op: Pick<OperationSummary, 'records' | 'joined'>): string {
  const joined = op.joined ?? 0;
  if (joined === 0) return `（${op.records} 条记录）`;
  return op.records > 0
    ? `（${op.records} 条记录，关联已有 ${joined} 条）`
    : `（关联已有 ${joined} 条记录）`;
}

/**
 * A label short enough for a button: long titles in 《》 are cut first, then the middle of
 * the label, so the record count at its end stays visible
 * ("撤销：导入《关于确认第五批省级社…》（3 条记录）"); a count of created and joined records
 * in short words ("撤销：导入 5 份通知（76 条，关联 2 条）").
 */
export function buttonLabel(label: string, max = 26): string {
  if ([...label].length <= max) return label;
  const whole = /（[^（）]*\d+ 条(?:记录)?）$/.exec(label)?.[0] ?? '';
  // The count in fewer words before the words it counts are cut: "撤销：导入 5 …（76 条记录，
  // 关联已有 2 条）" told a clerk neither what nor whose (the tooltip keeps the whole label).
  const count = whole.replace(/条记录，关联已有 (\d+) 条/, '条，关联 $1 条');
  const body = label
    .slice(0, label.length - whole.length)
    .replace(/《([^》]{12,})》/g, (_, t: string) => `《${[...t].slice(0, 10).join('')}…》`);
  const room = max - [...count].length;
  const chars = [...body];
  return (chars.length <= room ? body : `${chars.slice(0, room - 1).join('')}…`) + count;
}

/**
 * The 记录数 cell of the history list: the count of records, also when it is 0 for an import
 * (a blank cell reads as unknown); beside it in words, the records an import joined rather
 * than created (a progress report naming 31 zones already held is not "0") and the duties it
 * changed (a rule re-dating 25,000 duties is not 25,000 records); a notice that brought only
 * rules says so. "2（关联已有 29 条，期限 25428 项）".
 */
export function recordCountText(
  op: Pick<OperationSummary, 'kind' | 'records' | 'tables' | 'joined' | 'duties'>,
): string {
  const beside = [
    (op.joined ?? 0) > 0 ? `关联已有 ${op.joined} 条` : '',
    (op.duties ?? 0) > 0 ? `期限 ${op.duties} 项` : '',
  ].filter(Boolean);
  if (beside.length > 0) return `${op.records}（${beside.join('，')}）`;
  if (op.records > 0) return String(op.records);
  if (op.tables.includes('rules')) return '0（仅规则）';
  return op.kind === 'import' ? '0' : '';
}
