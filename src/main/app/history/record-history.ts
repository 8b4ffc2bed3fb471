/**
 * A record's history as sentences people read ("名称／主题由「A」改为「B」", "从通知《…》导入",
 * "并入石家庄市长安区《…》"), newest first, each with who did it (手工 / 导入 / 自动) — never a
 * raw logged value, and another record named by its place and title, never by the ledger's
 * number. Bookkeeping that follows every edit (modification time, provenance) is left out.
 */
import type { HistoryEntry } from '../../../shared/domain';
import { MILESTONE_STATUS_LABELS, RECORD_KIND_LABELS } from '../../../shared/domain';
import { actorLabel, operationKindLabel } from '../../../shared/operations';
import { fieldLabel, fieldOfColumn } from '../../../shared/record-fields';
import { recordName } from '../../../shared/record-name';
import type { LedgerHandle } from '../../db/ledger';
import { recordChanges, type RecordChange } from '../../db/queries/operations';
import { storedNoticeNamer } from '../../db/queries/notice-name';
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

/** Another record as staff know it (its place or unit, and its title), from its logged id. */
type NameOf = (id: unknown) => string;

function namer(ledger: LedgerHandle): NameOf {
  const get = ledger.db.prepare('SELECT title, region_text, unit FROM records WHERE id = ?');
  const cache = new Map<number, string>();
  return (id) => {
    if (typeof id !== 'number') return '另一条记录';
    let name = cache.get(id);
    if (name === undefined) {
      const r = get.get(id) as
        { title: string | null; region_text: string | null; unit: string | null } | undefined;
      const place = (r?.region_text ?? r?.unit ?? '').trim();
      const named = r
        ? recordName({ title: r.title, regionText: r.region_text, unit: r.unit })
        : '';
      name = !r ? '另一条记录' : r.title?.trim() && place ? `${place}${named}` : named;
      cache.set(id, name);
    }
    return name;
  };
}

function recordFieldSentence(
  column: string,
  before: unknown,
  after: unknown,
  nameOf: NameOf,
): string {
  if (column === 'deleted_at') return after === null ? '恢复了这条记录' : '删除了这条记录';
  if (column === 'merged_into')
    return after === null ? `从${nameOf(before)}中分出` : `并入${nameOf(after)}`;
  const field = fieldOfColumn(column);
  const label = field ? fieldLabel(field) : column;
  return `${label}由${valueText(column, before)}改为${valueText(column, after)}`;
}

function sentence(c: RecordChange, recordId: number, nameOf: NameOf): string | null {
  if (QUIET_TABLES.has(c.table_name)) return null;
  if (c.form === 'import' || c.form === 'legacy_import')
    return c.op.summary.replace(/^导入/, '从通知') + '导入';
  if (c.form === 'legacy_create_record') return '新建了这条记录';
  const before = c.field ? parseValue(c.before) : parseImage(c.before);
  const after = c.field ? parseValue(c.after) : parseImage(c.after);
  switch (c.table_name) {
    case 'records':
      if (c.field)
        return QUIET.has(c.field) ? null : recordFieldSentence(c.field, before, after, nameOf);
      // A record a source was split off onto (拆出为新记录): the split says which and from where.
      if (!before) return c.op.kind === 'split_mention' ? c.op.summary : '新建了这条记录';
      if (!after) return '移除了这条记录';
      return c.op.summary;
    case 'mentions':
      if (c.field !== 'record_id') return null;
      // A split names the notice and both records in its own words (two records of a wrong
      // join often bear one name, so "从A移到A" would tell nothing).
      if (c.op.kind === 'split_mention') return c.op.summary;
      return `一处通知来源从${nameOf(before)}移到${nameOf(after)}`;
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
      return after ? `关联${nameOf(other)}` : `取消与${nameOf(other)}的关联`;
    }
    case 'pair_decisions': {
      const row = after ?? before;
      if (!row || typeof row !== 'object') return null;
      const other = otherEnd(row, recordId);
      const decision = 'decision' in row ? row.decision : null;
      return after
        ? `与${nameOf(other)}判定为${decision === 'duplicate' ? '重复' : '不重复'}`
        : `撤回与${nameOf(other)}的重复判定`;
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
  const nameOf = namer(ledger);
  // Named as the notices list and the undo button name it: untitled, not by its file.
  const noticeOf = storedNoticeNamer(ledger.db);
  // One operation saying the same thing several times (an acceptance closing five of the
  // zone's duties: five 待办 → 已完成, five notes) reads as one line with the count; listed
  // one by one they buried the import and the status change under ten lines.
  const said = new Map<string, { entry: HistoryEntry; text: string; times: number }>();
  for (const c of recordChanges(ledger.db, recordId)) {
    const text = sentence(c, recordId, nameOf);
    if (text === null) continue;
    const key = `${c.op.id}\u0000${text}`;
    const again = said.get(key);
    if (again) {
      again.times++;
      again.entry.sentence = `${again.text}（${again.times} 项）`;
      continue;
    }
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
      noticeTitle: noticeOf(c.op.notice_id),
      undone: c.op.undone_at !== null,
      table: c.table_name,
      field: c.field,
      before: c.field ? parseValue(c.before) : null,
      after: c.field ? parseValue(c.after) : null,
    });
    said.set(key, { entry: out[out.length - 1]!, text, times: 1 });
  }
  return out;
}
