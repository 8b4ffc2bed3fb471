/**
 * What people change in the schedule: a milestone's status and note, a zone's
 * extension, and the user rules (programme defaults). Rules read from a notice are
 * what the notice said and cannot be edited; a default or a record's own rule overrides
 * them. Each change is one operation, and the milestones it moves are regenerated in it.
 */
import { AppError } from '../../../shared/app-error';
import { MILESTONE_STATUS_LABELS } from '../../../shared/domain';
import { isIsoDate } from '../../core/schedule/dates';
import { milestoneLabel } from '../../core/schedule/labels';
import type { LedgerHandle } from '../../db/ledger';
import { milestoneRow, type StoredStatus } from '../../db/queries/milestones';
import { liveRecordRow } from '../../db/queries/records';
import { ruleById } from '../../db/queries/rules';
import { withOperation } from '../../db/write/with-operation';
import type { WriteTx } from '../../db/write/write-tx';
import { regenerateAll, regenerateForRecords } from './regenerate';
import { storedRecordName } from '../../../shared/record-name';
import type { EDITABLE_RULE_KINDS } from '../../../shared/schedule';

export function updateMilestoneStatus(
  ledger: LedgerHandle,
  input: { id: number; status: StoredStatus; note?: string | null },
): void {
  const m = milestoneRow(ledger.db, input.id);
  if (!m)
    throw new AppError(
      'milestone_not_found',
      `找不到编号为 ${input.id} 的期限节点，它可能已随规则变化被移除。`,
    );
  const note = input.note === undefined ? undefined : input.note?.trim() || null;
  const rec = m.record_id === null ? undefined : liveRecordRow(ledger.db, m.record_id);
  const who = rec ? `${String(rec.cols.region_text ?? rec.cols.title ?? '').slice(0, 20)} ` : '';
  const ruleText = m.rule_id === null ? null : (ruleById(ledger.db, m.rule_id)?.text ?? null);
  const summary = `${who}${milestoneLabel(m.kind, m.key, ruleText)}标为${MILESTONE_STATUS_LABELS[input.status]}`;
  withOperation(ledger, { kind: 'milestone_status', summary }, (tx) => {
    tx.update('milestones', input.id, {
      status: input.status,
      ...(note === undefined ? {} : { note }),
      updated_at: tx.now,
    });
  });
}

/** Deletes a user rule; milestones keep their row (and the user's status and note), losing only the link. */
function removeUserRule(tx: WriteTx, id: number): void {
  const linked = tx.db.prepare('SELECT id FROM milestones WHERE rule_id = ?').all(id) as {
    id: number;
  }[];
  for (const m of linked) tx.update('milestones', m.id, { rule_id: null });
  tx.remove('rules', id);
}

/**
 * Grants (or with until null, withdraws) an extension: a record-scoped rule that moves
 * the end, so the final report, acceptance and the annual duties follow it.
 */
export function setExtension(
  ledger: LedgerHandle,
  input: { recordId: number; until: string | null; note?: string },
): void {
  const rec = liveRecordRow(ledger.db, input.recordId);
  if (!rec) throw new AppError('record_not_found', '找不到要延期的记录，它可能已被合并或删除。');
  if (input.until !== null && !isIsoDate(input.until))
    throw new AppError('bad_date', '延期日期格式应为 YYYY-MM-DD。');
  const who = String(rec.cols.region_text ?? '').trim() || storedRecordName(rec.cols);
  const summary = input.until === null ? `撤销${who}的延期` : `${who}延期至${input.until}`;
  withOperation(ledger, { kind: 'extension', summary }, (tx) => {
    const existing = tx.db
      .prepare(
        "SELECT id FROM rules WHERE notice_id IS NULL AND kind = 'extension' AND json_extract(params, '$.recordId') = ?",
      )
      .all(input.recordId) as { id: number }[];
    for (const r of existing) removeUserRule(tx, r.id);
    if (input.until !== null) {
      const note = input.note?.trim();
      tx.insert('rules', {
        notice_id: null,
        programme: null,
        kind: 'extension',
        text: `延期至${input.until}${note ? `（${note}）` : ''}（人工录入）`,
        params: JSON.stringify({ recordId: input.recordId, until: input.until }),
        created_at: tx.now,
      });
    }
    regenerateForRecords(tx, [input.recordId]);
  });
}

export interface RuleEdit {
  id?: number;
  programme: string | null;
  kind: (typeof EDITABLE_RULE_KINDS)[number];
  text?: string;
  params: Record<string, string | number | boolean | null>;
  remove?: boolean;
}

export function saveUserRule(ledger: LedgerHandle, edit: RuleEdit): number | null {
  if (edit.id !== undefined) {
    const existing = ruleById(ledger.db, edit.id);
    if (!existing) throw new AppError('rule_not_found', `找不到编号为 ${edit.id} 的规则。`);
    if (existing.noticeId !== null) {
      throw new AppError(
        'rule_readonly',
        '这条规则摘自通知原文，不能修改；请修改本项目的默认规则，或为单个实验区设置规则。',
      );
    }
  }
  const text = edit.text?.trim() || `用户规则：${edit.kind}`;
  const verb = edit.remove ? '删除' : edit.id !== undefined ? '修改' : '新增';
  const summary = `${verb}规则：${text.slice(0, 30)}`;
  return withOperation(ledger, { kind: 'rule', summary }, (tx): number | null => {
    let id: number | null = edit.id ?? null;
    const values = {
      programme: edit.programme,
      kind: edit.kind,
      text,
      params: JSON.stringify(edit.params),
    };
    if (edit.remove && id !== null) removeUserRule(tx, id);
    else if (id !== null) tx.update('rules', id, values);
    else id = tx.insert('rules', { ...values, notice_id: null, created_at: tx.now });
    // A rule can touch every record of its programme: regenerate them all (a few ms per thousand).
    regenerateAll(tx);
    return edit.remove ? null : id;
  });
}
