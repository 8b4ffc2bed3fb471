/**
 * What people change in the schedule: a milestone's status and note, a zone's
 * extension, and the user rules (programme defaults). Rules read from a notice are
 * what the notice said and cannot be edited; a default or a record's own rule overrides them.
 */
import type Database from 'better-sqlite3';
import { setMilestoneStatus, type StoredStatus } from '../../db/queries/milestones';
import { deleteUserRule, insertUserRule, ruleById, updateUserRule } from '../../db/queries/rules';
import { AppError } from '../../../shared/app-error';
import { isIsoDate } from './dates';
import { regenerateAll, regenerateForRecords } from './regenerate';

export const EDITABLE_RULE_KINDS = [
  'cycle',
  'range',
  'annual_plan',
  'annual_summary',
  'midterm',
  'final_report',
  'acceptance',
  'extension',
  'approval',
] as const;

export function updateMilestoneStatus(
  db: Database.Database,
  input: { id: number; status: StoredStatus; note?: string | null },
): void {
  const note = input.note === undefined ? undefined : input.note?.trim() || null;
  if (!setMilestoneStatus(db, input.id, input.status, note)) {
    throw new AppError(
      'milestone_not_found',
      `找不到编号为 ${input.id} 的期限节点，它可能已随规则变化被移除。`,
    );
  }
}

/**
 * Grants (or with until null, withdraws) an extension: a record-scoped rule that moves
 * the end, so the final report, acceptance and the annual duties follow it.
 */
export function setExtension(
  db: Database.Database,
  input: { recordId: number; until: string | null; note?: string },
): void {
  const rec = db
    .prepare('SELECT id FROM records WHERE id = ? AND merged_into IS NULL AND deleted_at IS NULL')
    .get(input.recordId);
  if (!rec) throw new AppError('record_not_found', `找不到编号为 ${input.recordId} 的记录。`);
  if (input.until !== null && !isIsoDate(input.until))
    throw new AppError('bad_date', '延期日期格式应为 YYYY-MM-DD。');
  db.transaction(() => {
    const existing = db
      .prepare(
        "SELECT id FROM rules WHERE notice_id IS NULL AND kind = 'extension' AND json_extract(params, '$.recordId') = ?",
      )
      .all(input.recordId) as { id: number }[];
    for (const r of existing) deleteUserRule(db, r.id);
    if (input.until !== null) {
      const note = input.note?.trim();
      insertUserRule(db, {
        programme: null,
        kind: 'extension',
        text: `延期至${input.until}${note ? `（${note}）` : ''}（人工录入）`,
        params: { recordId: input.recordId, until: input.until },
      });
    }
    regenerateForRecords(db, [input.recordId]);
  })();
}

export interface RuleEdit {
  id?: number;
  programme: string | null;
  kind: (typeof EDITABLE_RULE_KINDS)[number];
  text?: string;
  params: Record<string, string | number | boolean | null>;
  remove?: boolean;
}

export function saveUserRule(db: Database.Database, edit: RuleEdit): number | null {
  if (edit.id !== undefined) {
    const existing = ruleById(db, edit.id);
    if (!existing) throw new AppError('rule_not_found', `找不到编号为 ${edit.id} 的规则。`);
    if (existing.noticeId !== null) {
      throw new AppError(
        'rule_readonly',
        '这条规则摘自通知原文，不能修改；请修改本项目的默认规则，或为单个实验区设置规则。',
      );
    }
  }
  const text = edit.text?.trim() || `用户规则：${edit.kind}`;
  const id = db.transaction((): number | null => {
    let id: number | null = edit.id ?? null;
    if (edit.remove && id !== null) deleteUserRule(db, id);
    else if (id !== null)
      updateUserRule(db, id, {
        programme: edit.programme,
        kind: edit.kind,
        text,
        params: edit.params,
      });
    else
      id = insertUserRule(db, {
        programme: edit.programme,
        kind: edit.kind,
        text,
        params: edit.params,
      });
    // A rule can touch every record of its programme: regenerate them all (a few ms per thousand).
    regenerateAll(db);
    return edit.remove ? null : id;
  })();
  return id;
}
