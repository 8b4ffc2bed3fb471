/**
 * One write door: every change goes through withOperation, which logs it in a form undo
 * and redo replay generically. This step gives the log what that needs and brings the
 * older log into the same form, so operations made before the upgrade still undo:
 *
 * - operations: which tables changed, how many records, who (already there), and for an
 *   unmerge which merge it took apart (before: a marker row among its changes);
 * - operation_changes.form: a change that is not a plain row change (an import's one
 *   compact change; the two older kinds that undo by hiding rows);
 * - undo_images: the rows an import's undo took away, kept so redo can put them back,
 *   and the indexes that let it take them away quickly;
 * - the schedule's default rules, stored once here instead of by the first read;
 * - a restore or ledger import logged by version 4 (a replacement of the contents, refused
 *   by undo) gets the compact change that names its pre-restore backup, so its undo now
 *   puts that backup's contents back like a restore made today.
 */
import type { Migration } from './types';

/** The default rules as this version ships them (a migration is frozen history: never edit). */
const DEFAULT_PROGRAMMES = ['全国社区治理和服务创新实验区', '省级社区治理和服务创新实验区'];
const DEFAULT_RULES: [kind: string, text: string, params: Record<string, unknown>][] = [
  ['cycle', '实验周期2年（通知写明周期或起止时间时以通知为准）', { years: 2 }],
  [
    'annual_plan',
    '每年1月31日前报送年度实验计划；确认当年为确认后30天内',
    { month: 1, day: 31, firstYearDays: 30 },
  ],
  ['annual_summary', '每年12月31日前报送年度实验总结', { month: 12, day: 31 }],
  ['final_report', '实验期满前提交终期报告', { beforeEndDays: 0 }],
  ['acceptance', '实验期满后3个月内完成结项验收', { afterEndMonths: 3 }],
];
const SEEDED = 'schedule.defaultsSeeded';

export const oneWriteDoor: Migration = {
  version: 5,
  name: 'one-write-door',
  up: (db) => {
    db.exec(`
      ALTER TABLE operations ADD COLUMN tables TEXT NOT NULL DEFAULT '[]';
      ALTER TABLE operations ADD COLUMN records INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE operations ADD COLUMN reverts INTEGER REFERENCES operations(id);
      ALTER TABLE operation_changes ADD COLUMN form TEXT;
      CREATE TABLE undo_images (
        op_id      INTEGER NOT NULL REFERENCES operations(id),
        table_name TEXT NOT NULL,
        rows       TEXT NOT NULL              -- JSON array of whole rows
      );
      CREATE INDEX undo_images_op ON undo_images(op_id);
      -- Undoing an import deletes records and rules: the foreign keys pointing at them are
      -- checked per row, so the columns that point need an index (else one scan per row).
      CREATE INDEX mentions_original ON mentions(original_record_id);
      CREATE INDEX field_provenance_mention ON field_provenance(mention_id);
      CREATE INDEX milestones_rule ON milestones(rule_id);
      CREATE INDEX milestones_notice ON milestones(notice_id);
    `);

    // Restores of version 4 named the backup of the state they replaced in their summary
    // ("…（恢复前的状态已保存为备份 <name>）"): that backup is what their undo puts back.
    db.exec(`
      INSERT INTO operation_changes(op_id, table_name, row_id, record_id, field, before, after, form)
        SELECT id, 'settings', 0, NULL, NULL, NULL,
               CASE WHEN instr(summary, '已保存为备份 ') > 0
                    THEN json_object('undoFrom',
                           rtrim(substr(summary, instr(summary, '已保存为备份 ') + 7), '）'))
                    ELSE '{}' END,
               'restore'
          FROM operations o
         WHERE kind IN ('restore', 'ledger_import')
           AND NOT EXISTS (SELECT 1 FROM operation_changes c WHERE c.op_id = o.id);
    `);

    // Who changed what, for the history list: tables and record counts of older operations.
    db.exec(`
      UPDATE operations SET
        records = (SELECT count(DISTINCT record_id) FROM operation_changes c WHERE c.op_id = operations.id),
        tables = coalesce((SELECT json_group_array(t) FROM (
          SELECT DISTINCT table_name AS t FROM operation_changes c
           WHERE c.op_id = operations.id AND table_name <> 'operations')), '[]');
    `);

    // An unmerge named its merge with a marker change; now a column says it.
    db.exec(`
      UPDATE operations SET reverts = (
        SELECT row_id FROM operation_changes c WHERE c.op_id = operations.id AND c.table_name = 'operations')
       WHERE kind = 'unmerge';
      DELETE FROM operation_changes WHERE table_name = 'operations';
    `);

    // Provenance changes were keyed by (row_id = record, field); now whole rows with their key.
    db.exec(`
      UPDATE operation_changes SET
        before = CASE WHEN before IS NULL OR before = 'null' THEN NULL
                      ELSE json_set(before, '$.record_id', row_id, '$.field', field) END,
        after  = CASE WHEN after IS NULL OR after = 'null' THEN NULL
                      ELSE json_set(after, '$.record_id', row_id, '$.field', field) END,
        field = NULL
       WHERE table_name = 'field_provenance' AND field IS NOT NULL;
    `);

    // Older imports and hand-made records undo by hiding rows, as they always did.
    db.exec(`
      UPDATE operation_changes SET form = 'legacy_import'
       WHERE table_name = 'records' AND field IS NULL AND before IS NULL
         AND op_id IN (SELECT id FROM operations WHERE kind = 'import');
      INSERT INTO operation_changes(op_id, table_name, row_id, record_id, field, before, after, form)
        SELECT id, 'notices', notice_id, NULL, NULL, NULL, NULL, 'legacy_import'
          FROM operations WHERE kind = 'import' AND notice_id IS NOT NULL;
      UPDATE operation_changes SET form = 'legacy_create_record'
       WHERE table_name = 'records' AND field IS NULL AND before IS NULL
         AND op_id IN (SELECT id FROM operations WHERE kind = 'create_record');
    `);

    // The schedule's defaults, once per ledger (a ledger whose first read already stored them keeps its own).
    const seeded = db.prepare('SELECT 1 FROM settings WHERE key = ?').get(SEEDED);
    if (!seeded) {
      const now = new Date().toISOString();
      const insert = db.prepare(
        `INSERT INTO rules(notice_id, programme, kind, text, params, created_at)
         VALUES (NULL, ?, ?, ?, ?, ?)`,
      );
      for (const programme of DEFAULT_PROGRAMMES)
        for (const [kind, text, params] of DEFAULT_RULES)
          insert.run(programme, kind, `默认规则（可修改）：${text}`, JSON.stringify(params), now);
      db.prepare('INSERT INTO settings(key, value) VALUES (?, ?)').run(SEEDED, now);
    }
  },
};
