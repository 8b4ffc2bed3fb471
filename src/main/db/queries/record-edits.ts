/**
 * Writes people make in the grids: cell edits, bulk edits of a column, pasted blocks, new
 * records and (soft) deletions. Each user action is ONE operation in the log, so one
 * Ctrl+Z undoes it whole. Values are checked first; a bad cell refuses the whole action
 * (nothing half-written). A changed region text is re-resolved through the gazetteer and
 * its codes and names are written in the same operation.
 */
import type Database from 'better-sqlite3';
import type {
  CellEdit,
  EditableRecordField,
  EditOutcome,
  RecordKind,
} from '../../../shared/domain';
import { RECORD_KIND_LABELS, RECORD_KINDS } from '../../../shared/domain';
import { AppError } from '../../../shared/app-error';
import { resolveRegion } from '../../core/gazetteer';
import { changeField, logChange, registerOperationKind, startOperation } from '../operation-log';
import { pageRecords } from './records';

const COLUMN: Record<EditableRecordField, string> = {
  kind: 'kind',
  programme: 'programme',
  year: 'year',
  batch: 'batch',
  seq: 'seq',
  regionText: 'region_text',
  unit: 'unit',
  title: 'title',
  content: 'content',
  status: 'status',
};

export const FIELD_LABELS: Record<EditableRecordField, string> = {
  kind: '类别',
  programme: '项目',
  year: '年度',
  batch: '批次',
  seq: '序号',
  regionText: '地区',
  unit: '单位',
  title: '名称／主题',
  content: '内容',
  status: '状态',
};

const KIND_BY_LABEL = new Map<string, RecordKind>(
  RECORD_KINDS.map((k) => [RECORD_KIND_LABELS[k], k]),
);

/** Normalises what a person typed or pasted; throws a Chinese message when it cannot be right. */
export function normaliseValue(
  field: EditableRecordField,
  value: string | number | null,
  kind: RecordKind,
): string | number | null {
  const text =
    value === null
      ? ''
      : String(value)
          .replace(/\u3000/g, ' ')
          .trim();
  switch (field) {
    case 'year': {
      if (text === '') return null;
      const m = /^(\d{4})\s*年?(度)?$/.exec(
        text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)),
      );
      const y = m ? Number(m[1]) : NaN;
      if (!Number.isInteger(y) || y < 1949 || y > 2100)
        throw new AppError('bad_value', `年度「${text}」不对：应为 1949–2100 之间的年份`);
      return y;
    }
    case 'seq': {
      if (text === '') return null;
      const n = Number(text);
      if (!Number.isInteger(n) || n < 0 || n > 100_000)
        throw new AppError('bad_value', `序号「${text}」不对：应为非负整数`);
      return n;
    }
    case 'kind': {
      const k = (RECORD_KINDS as readonly string[]).includes(text)
        ? (text as RecordKind)
        : KIND_BY_LABEL.get(text);
      if (!k)
        throw new AppError(
          'bad_value',
          `类别「${text}」不对：应为 实验区、典型案例、观察点 或 其他名单`,
        );
      return k;
    }
    case 'title':
      if (text === '' && kind !== 'other')
        throw new AppError('bad_value', `${RECORD_KIND_LABELS[kind]}的名称／主题不能为空`);
      return text === '' ? null : text;
    default:
      return text === '' ? null : text;
  }
}

interface Current {
  id: number;
  kind: RecordKind;
  [column: string]: unknown;
}

const REGION_COLUMNS = ['region_code', 'unit_code', 'province', 'city', 'county', 'town'] as const;

/** Applies edits as one operation. Returns the edited rows as the grid shows them. */
export function applyEdits(
  db: Database.Database,
  edits: CellEdit[],
  action: 'edit' | 'bulk_edit' | 'paste',
): EditOutcome {
  return db.transaction((): EditOutcome => {
    const get = db.prepare(
      'SELECT * FROM records WHERE id = ? AND merged_into IS NULL AND deleted_at IS NULL',
    );
    const rows = new Map<number, Current>();
    const problems: string[] = [];
    const planned: { row: Current; field: EditableRecordField; value: string | number | null }[] =
      [];
    for (const e of edits) {
      let row = rows.get(e.id);
      if (!row) {
        row = get.get(e.id) as Current | undefined;
        if (!row) throw new AppError('not_found', `记录 ${e.id} 不存在或已删除`);
        rows.set(e.id, row);
      }
      try {
        planned.push({ row, field: e.field, value: normaliseValue(e.field, e.value, row.kind) });
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        problems.push(`第 ${e.id} 条 ${FIELD_LABELS[e.field]}：${err.message}`);
      }
    }
    if (problems.length > 0) {
      const more = problems.length > 5 ? `（另有 ${problems.length - 5} 处）` : '';
      throw new AppError('bad_value', `没有保存：${problems.slice(0, 5).join('；')}${more}`, {
        problems,
      });
    }
    const changes = planned.filter((p) => (p.row[COLUMN[p.field]] ?? null) !== p.value);
    if (changes.length === 0)
      return { opId: null, summary: '没有变化', changed: 0, records: [], notes: [] };

    const summary = summaryFor(action, changes);
    const opId = startOperation(db, { kind: action, summary });
    const notes: string[] = [];
    for (const c of changes) {
      const column = COLUMN[c.field];
      changeField(db, opId, {
        table: 'records',
        rowId: c.row.id,
        field: column,
        before: c.row[column] ?? null,
        after: c.value,
      });
      c.row[column] = c.value;
      if (c.field === 'regionText')
        notes.push(...reResolve(db, opId, c.row, c.value === null ? null : String(c.value)));
    }
    const ids = [...new Set(changes.map((c) => c.row.id))];
    return { opId, summary, changed: changes.length, records: recordsFor(db, ids), notes };
  })();
}

function summaryFor(
  action: string,
  changes: { row: Current; field: EditableRecordField; value: unknown }[],
): string {
  const first = changes[0]!;
  const fields = [...new Set(changes.map((c) => FIELD_LABELS[c.field]))].join('、');
  const records = new Set(changes.map((c) => c.row.id)).size;
  if (action === 'paste') return `粘贴：${records} 条记录的 ${fields}（${changes.length} 格）`;
  if (action === 'bulk_edit')
    return `批量修改 ${records} 条记录的 ${fields} 为「${String(first.value ?? '空')}」`;
  const title = String(first.row.title ?? `记录 ${first.row.id}`).slice(0, 20);
  return `修改《${title}》的 ${fields}：${String(first.value ?? '空').slice(0, 30)}`;
}

/** Region text changed: codes and names follow it, in the same operation. */
function reResolve(
  db: Database.Database,
  opId: number,
  row: Current,
  text: string | null,
): string[] {
  const context = typeof row.province === 'string' ? row.province : undefined;
  const r = text ? resolveRegion(text, { context }) : null;
  const next: Record<(typeof REGION_COLUMNS)[number], string | null> = {
    region_code: r?.regionCode ?? null,
    unit_code: r?.code ?? null,
    province: r?.names.province ?? null,
    city: r?.names.city ?? null,
    county: r?.names.county ?? null,
    town: r?.names.town ?? null,
  };
  for (const col of REGION_COLUMNS) {
    if ((row[col] ?? null) === next[col]) continue;
    changeField(db, opId, {
      table: 'records',
      rowId: row.id,
      field: col,
      before: row[col] ?? null,
      after: next[col],
    });
    row[col] = next[col];
  }
  if (text && !r?.regionCode) {
    const c = r?.candidates.length ?? 0;
    return [`地区「${text}」未能确定区划代码${c > 1 ? `（${c} 个候选，请写得更完整）` : ''}`];
  }
  return [];
}

const recordsFor = (db: Database.Database, ids: number[]) =>
  ids.length === 0
    ? []
    : pageRecords(db, {
        filters: [
          {
            field: 'id',
            join: 'OR',
            conditions: ids.slice(0, 500).map((id) => ({ op: 'equals' as const, value: id })),
          },
        ],
        offset: 0,
        limit: 500,
      }).rows;

/** A record made by hand: its insert is logged, so undo removes it (softly) and redo restores it. */
export function createRecord(
  db: Database.Database,
  kind: RecordKind,
  fields: Partial<Record<EditableRecordField, string | number | null>> = {},
): EditOutcome {
  return db.transaction((): EditOutcome => {
    const values: Record<string, string | number | null> = {};
    for (const [f, v] of Object.entries(fields) as [
      EditableRecordField,
      string | number | null,
    ][]) {
      if (f === 'kind') continue;
      // A new row may start without a title: the grid asks for one in the next cell.
      values[COLUMN[f]] =
        f === 'title' && (v === null || String(v).trim() === '')
          ? null
          : normaliseValue(f, v, kind);
    }
    const now = new Date().toISOString();
    const title = String(values.title ?? '新记录');
    const summary = `新建${RECORD_KIND_LABELS[kind]}《${title.slice(0, 20)}》`;
    const opId = startOperation(db, { kind: 'create_record', summary }, now);
    const cols = Object.keys(values);
    const id = (
      db
        .prepare(
          `INSERT INTO records(kind, ${cols
            .map((c) => `"${c}"`)
            .concat('created_at', 'updated_at')
            .join(', ')})
           VALUES (@kind, ${cols
             .map((c) => `@${c}`)
             .concat('@now', '@now')
             .join(', ')}) RETURNING id`,
        )
        .get({ ...values, kind, now }) as { id: number }
    ).id;
    logChange(db, opId, {
      table: 'records',
      rowId: id,
      recordId: id,
      field: null,
      after: { kind, ...values },
    });
    const notes =
      typeof values.region_text === 'string'
        ? reResolve(db, opId, { id, kind }, values.region_text)
        : [];
    return { opId, summary, changed: 1, records: recordsFor(db, [id]), notes };
  })();
}

/** Soft delete: the rows stay (with their provenance); undo brings them back. */
export function deleteRecords(db: Database.Database, ids: number[]): EditOutcome {
  return db.transaction((): EditOutcome => {
    const live = db.prepare(
      'SELECT id, title FROM records WHERE id = ? AND merged_into IS NULL AND deleted_at IS NULL',
    );
    const found = ids
      .map((id) => live.get(id) as { id: number; title: string | null } | undefined)
      .filter((r) => !!r);
    if (found.length === 0) throw new AppError('not_found', '要删除的记录不存在或已删除');
    const first = found[0]!;
    const summary =
      found.length === 1
        ? `删除《${String(first.title ?? first.id).slice(0, 20)}》`
        : `删除 ${found.length} 条记录`;
    const now = new Date().toISOString();
    const opId = startOperation(db, { kind: 'delete', summary }, now);
    for (const r of found)
      changeField(db, opId, {
        table: 'records',
        rowId: r.id,
        field: 'deleted_at',
        before: null,
        after: now,
      });
    return { opId, summary, changed: found.length, records: [], notes: [] };
  })();
}

// A created record: undo hides it (soft, like every deletion here); redo shows it again.
// The region fields resolved at creation stay on the hidden row, so redo needs nothing more.
registerOperationKind('create_record', {
  undo(db, op, changes) {
    const now = new Date().toISOString();
    for (const c of changes)
      if (c.field === null)
        db.prepare('UPDATE records SET deleted_at = ? WHERE id = ?').run(now, c.row_id);
  },
  redo(db, op, changes) {
    for (const c of changes)
      if (c.field === null)
        db.prepare('UPDATE records SET deleted_at = NULL WHERE id = ?').run(c.row_id);
  },
});
