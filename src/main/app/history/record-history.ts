/**
 * A record's history as sentences people read ("名称／主题由「A」改为「B」", "从通知《…》导入",
 * "并入记录 12"), newest first, each with who did it (手工 / 导入 / 自动) — never a raw
 * logged value. Bookkeeping that follows every edit (modification time, provenance) is
 * left out.
 */
import type { HistoryEntry } from '../../../shared/domain';
import { MILESTONE_STATUS_LABELS, RECORD_KIND_LABELS } from '../../../shared/domain';
import { actorLabel, operationKindLabel } from '../../../shared/operations';
import { fieldLabel, fieldOfColumn } from '../../../shared/record-fields';
import type { LedgerHandle } from '../../db/ledger';
import { recordChanges, type RecordChange } from '../../db/queries/operations';
import { parseImage, parseValue } from '../../db/write/change-log';

/** Columns whose change is bookkeeping, not something a person did to the record. */
const QUIET = new Set(['updated_at', 'created_at']);
const QUIET_TABLES = new Set(['field_provenance']);

const shown = (v: unknown) =>
  v === null || v === undefined || v === '' ? '（空）' : `「${String(v).slice(0, 60)}」`;

function valueText(column: string, v: unknown): string {
  if (column === 'kind' && typeof v === 'string' && Object.hasOwn(RECORD_KIND_LABELS, v))
    return `「${RECORD_KIND_LABELS[v as keyof typeof RECORD_KIND_LABELS]}」`;
  return shown(v);
}

function recordFieldSentence(column: string, before: unknown, after: unknown): string {
  if (column === 'deleted_at') return after === null ? '恢复了这条记录' : '删除了这条记录';
  if (column === 'merged_into')
    return after === null ? `从记录 ${String(before)} 中分出` : `并入记录 ${String(after)}`;
  const field = fieldOfColumn(column);
  const label = field ? fieldLabel(field) : column;
  return `${label}由${valueText(column, before)}改为${valueText(column, after)}`;
}

function sentence(c: RecordChange, recordId: number): string | null {
  if (QUIET_TABLES.has(c.table_name)) return null;
  if (c.form === 'import' || c.form === 'legacy_import')
    return c.op.summary.replace(/^导入/, '从通知') + '导入';
  if (c.form === 'legacy_create_record') return '新建了这条记录';
  const before = c.field ? parseValue(c.before) : parseImage(c.before);
  const after = c.field ? parseValue(c.after) : parseImage(c.after);
  switch (c.table_name) {
    case 'records':
      if (c.field) return QUIET.has(c.field) ? null : recordFieldSentence(c.field, before, after);
      if (!before) return '新建了这条记录';
      if (!after) return '移除了这条记录';
      return c.op.summary;
    case 'mentions':
      return c.field === 'record_id'
        ? `一处通知来源从记录 ${String(before)} 移到记录 ${String(after)}`
        : null;
    case 'milestones': {
      if (c.field === 'status')
        return `期限状态由「${statusLabel(before)}」改为「${statusLabel(after)}」`;
      if (c.field === 'note') return `期限备注改为${shown(after)}`;
      if (c.field === 'due_on') return `期限日期由${shown(before)}改为${shown(after)}`;
      return null;
    }
    case 'record_links': {
      const row = after ?? before;
      const other = row && typeof row === 'object' ? otherEnd(row, recordId) : null;
      return after ? `关联记录 ${other ?? ''}` : `取消与记录 ${other ?? ''} 的关联`;
    }
    case 'pair_decisions': {
      const row = after ?? before;
      if (!row || typeof row !== 'object') return null;
      const other = otherEnd(row, recordId);
      const decision = 'decision' in row ? row.decision : null;
      return after
        ? `与记录 ${other ?? ''} 判定为${decision === 'duplicate' ? '重复' : '不重复'}`
        : `撤回与记录 ${other ?? ''} 的重复判定`;
    }
    default:
      return null;
  }
}

function statusLabel(v: unknown): string {
  return typeof v === 'string' && Object.hasOwn(MILESTONE_STATUS_LABELS, v)
    ? MILESTONE_STATUS_LABELS[v as keyof typeof MILESTONE_STATUS_LABELS]
    : String(v);
}

function otherEnd(row: Record<string, unknown>, recordId: number): unknown {
  return row.record_a === recordId ? row.record_b : row.record_a;
}

export function recordHistory(ledger: LedgerHandle, recordId: number): HistoryEntry[] {
  const out: HistoryEntry[] = [];
  for (const c of recordChanges(ledger.db, recordId)) {
    const text = sentence(c, recordId);
    if (text === null) continue;
    out.push({
      opId: c.op.id,
      kind: c.op.kind,
      kindLabel: operationKindLabel(c.op.kind),
      summary: c.op.summary,
      sentence: text,
      at: c.op.created_at,
      actor: c.op.actor,
      actorLabel: actorLabel(c.op.actor),
      noticeId: c.op.notice_id,
      undone: c.op.undone_at !== null,
      field: c.field,
      before: c.field ? parseValue(c.before) : null,
      after: c.field ? parseValue(c.after) : null,
    });
  }
  return out;
}
