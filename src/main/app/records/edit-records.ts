/**
 * Writes people make in the grids: cell edits, bulk edits of a column, pasted blocks, new
 * records and (soft) deletions. Each user action is ONE operation, so one Ctrl+Z undoes it
 * whole. Values are checked first; a bad cell refuses the whole action (nothing
 * half-written). A changed region text brings its codes and names along; a changed
 * programme re-plans the record's milestones — all in the same operation.
 */
import { AppError } from '../../../shared/app-error';
import type {
  CellEdit,
  EditableRecordField,
  EditAction,
  EditOutcome,
  RecordKind,
} from '../../../shared/domain';
import { RECORD_KIND_LABELS } from '../../../shared/domain';
import { fieldLabel, RECORD_FIELDS } from '../../../shared/record-fields';
import { normaliseValue } from '../../core/records/normalise-value';
import { refusalMessage, type Refusal } from '../../core/records/refusal-message';
import type { LedgerHandle } from '../../db/ledger';
import { withDerivedStatus } from './derived-status';
import { gridRecordsByIds, liveRecordRow, type StoredRecord } from '../../db/queries/records';
import { withOperation } from '../../db/write/with-operation';
import { regenerateForRecords } from '../schedule/regenerate';
import { followRegionText } from './region-fields';
import { storedRecordName } from '../../../shared/record-name';
import { clipName } from '../../../shared/notice-name';

const column = (f: EditableRecordField) => RECORD_FIELDS[f].column;

interface Planned {
  row: StoredRecord;
  field: EditableRecordField;
  value: string | number | null;
}

/** Reads and checks every edit; throws one message listing the cells that cannot be right. */
function plan(ledger: LedgerHandle, edits: readonly CellEdit[]): Planned[] {
  const rows = new Map<number, StoredRecord>();
  const problems: string[] = [];
  const refusals: Refusal[] = [];
  const planned: Planned[] = [];
  for (const e of edits) {
    let row = rows.get(e.id);
    if (!row) {
      row = liveRecordRow(ledger.db, e.id);
      if (!row) throw new AppError('not_found', '要修改的记录不存在或已删除（可能已被合并或删除）');
      rows.set(e.id, row);
    }
    try {
      const held = row.cols[column(e.field)];
      planned.push({
        row,
        field: e.field,
        value: normaliseValue(e.field, e.value, row.kind, held),
      });
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      const record = storedRecordName(row.cols);
      problems.push(`${record}的${fieldLabel(e.field)}：${err.message}`);
      refusals.push({ record, field: fieldLabel(e.field), reason: err.message });
    }
  }
  if (problems.length > 0) throw new AppError('bad_value', refusalMessage(refusals), { problems });
  return planned.filter((p) => (p.row.cols[column(p.field)] ?? null) !== p.value);
}

/** Applies edits as one operation. Returns the edited rows as the grid shows them. */
export function applyEdits(
  ledger: LedgerHandle,
  edits: CellEdit[],
  action: EditAction,
): EditOutcome {
  return withOperation(ledger, { kind: action, summary: '修改' }, (tx): EditOutcome => {
    const changes = plan(ledger, edits);
    if (changes.length === 0)
      return { opId: null, summary: '没有变化', changed: 0, records: [], notes: [] };
    tx.describe(summaryFor(action, changes));
    const notes: string[] = [];
    const replanned = new Set<number>();
    for (const c of changes) {
      const col = column(c.field);
      tx.update('records', c.row.id, { [col]: c.value, updated_at: tx.now });
      tx.setProvenance(c.row.id, col, { mentionId: null, opId: tx.opId });
      c.row.cols[col] = c.value;
      if (c.field === 'regionText')
        notes.push(...followRegionText(tx, c.row, c.value === null ? null : String(c.value)));
      if (c.field === 'programme') replanned.add(c.row.id);
    }
    if (replanned.size > 0) regenerateForRecords(tx, [...replanned]);
    const ids = [...new Set(changes.map((c) => c.row.id))];
    return {
      opId: tx.opId,
      summary: tx.summary,
      changed: changes.length,
      records: withDerivedStatus(ledger.db, gridRecordsByIds(ledger.db, ids)),
      notes,
    };
  });
}

/**
 * A value as the sentence quotes it: a long one ends in …, so the cut is seen (the whole
 * value is in the record's panel), never stopped mid-word as if that were all of it.
 */
const said = (v: string | number | null): string => clipName(String(v ?? '空'), 30);

/** The operation's line in the history and on the undo button (no space inside Chinese text). */
function summaryFor(action: string, changes: Planned[]): string {
  const first = changes[0]!;
  const fields = [...new Set(changes.map((c) => fieldLabel(c.field)))].join('、');
  const records = new Set(changes.map((c) => c.row.id)).size;
  if (action === 'paste') return `粘贴：${records} 条记录的${fields}（${changes.length} 格）`;
  if (action === 'fill') return `向下填充：${records} 条记录的${fields}（${changes.length} 格）`;
  if (action === 'rename_value')
    return `统一取值：${records} 条记录的${fields}改为「${said(first.value)}」`;
  if (action === 'clear') return `清除：${records} 条记录的${fields}（${changes.length} 格）`;
  if (action === 'bulk_edit')
    return first.value === null
      ? `批量清空 ${records} 条记录的${fields}`
      : `批量修改 ${records} 条记录的${fields}为「${said(first.value)}」`;
  return `修改${storedRecordName(first.row.cols)}的${fields}：${said(first.value)}`;
}

/** A record made by hand: undo removes it, redo puts it back (same id, same values). */
export function createRecord(
  ledger: LedgerHandle,
  kind: RecordKind,
  fields: Partial<Record<EditableRecordField, string | number | null>> = {},
): EditOutcome {
  const values: Record<string, string | number | null> = {};
  for (const [f, v] of Object.entries(fields) as [EditableRecordField, string | number | null][]) {
    if (f === 'kind') continue;
    // A new row may start without a title: the grid asks for one in the next cell.
    values[column(f)] =
      f === 'title' && (v === null || String(v).trim() === '') ? null : normaliseValue(f, v, kind);
  }
  const summary = `新建${RECORD_KIND_LABELS[kind]}${storedRecordName(values)}`;
  return withOperation(ledger, { kind: 'create_record', summary }, (tx): EditOutcome => {
    const id = tx.insert('records', { ...values, kind, created_at: tx.now, updated_at: tx.now });
    for (const col of Object.keys(values))
      if (values[col] !== null) tx.setProvenance(id, col, { mentionId: null, opId: tx.opId });
    const notes =
      typeof values.region_text === 'string'
        ? followRegionText(tx, { id, kind, cols: { ...values } }, values.region_text)
        : [];
    if (typeof values.programme === 'string') regenerateForRecords(tx, [id]);
    return {
      opId: tx.opId,
      summary,
      changed: 1,
      records: withDerivedStatus(ledger.db, gridRecordsByIds(ledger.db, [id])),
      notes,
    };
  });
}

/** Soft delete: the rows stay (with their provenance); undo brings them back. */
export function deleteRecords(ledger: LedgerHandle, ids: number[]): EditOutcome {
  return withOperation(ledger, { kind: 'delete', summary: '删除' }, (tx): EditOutcome => {
    const found = ids
      .map((id) => liveRecordRow(ledger.db, id))
      .filter((r): r is StoredRecord => !!r);
    if (found.length === 0) throw new AppError('not_found', '要删除的记录不存在或已删除');
    const first = found[0]!;
    tx.describe(
      found.length === 1 ? `删除${storedRecordName(first.cols)}` : `删除 ${found.length} 条记录`,
    );
    for (const r of found) tx.update('records', r.id, { deleted_at: tx.now, updated_at: tx.now });
    return { opId: tx.opId, summary: tx.summary, changed: found.length, records: [], notes: [] };
  });
}
