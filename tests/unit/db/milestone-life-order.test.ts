/**
 * One record's duties due the same day are listed in the order of its life: the final report
 * before the acceptance that reviews it, last year's summary before this year's plan. By kind
 * name the acceptance came first (a notice whose acceptance falls at the cycle's end printed
 * 结项验收 above 终期报告 on the deadlines page and the zone's timeline). Control: duties of
 * different dates and records keep the date and division order.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/main/app/import/import-notices';
import { listMilestoneRows } from '../../../src/main/db/queries/milestone-list';
import { tempLedger } from '../../support/temp-ledger';

let t: Awaited<ReturnType<typeof tempLedger>>;
beforeEach(async () => {
  t = await tempLedger();
  await importFiles(t.ledger, [
    {
      name: 'three-year-approval.txt',
      bytes: readFileSync(
        path.join(__dirname, '..', '..', 'fixtures', 'schedule', 'three-year-approval.txt'),
      ),
    },
  ]);
});
afterEach(() => t.cleanup());

describe('duties due the same day', () => {
  it('follow the record life: report before acceptance, summary before plan', () => {
    const db = t.ledger.db;
    // An acceptance at the cycle's end, as a notice stating no months after it plans it.
    db.prepare(
      `UPDATE milestones SET due_on = (SELECT f.due_on FROM milestones f
          WHERE f.record_id = milestones.record_id AND f.kind = 'final_report')
        WHERE kind = 'acceptance'`,
    ).run();
    // And a summary due the day of the next year's plan (每年1月底前报送上一年度总结和本年度计划).
    db.prepare(
      `UPDATE milestones SET due_on = substr(key, -4) || '-01-31' WHERE kind = 'annual_plan'`,
    ).run();
    db.prepare(
      `UPDATE milestones SET due_on = (substr(key, -4) + 1) || '-01-31' WHERE kind = 'annual_summary'`,
    ).run();
    const rows = listMilestoneRows(db);
    const first = rows[0]!.recordId;
    const own = rows.filter((r) => r.recordId === first);
    const at = (kind: string) => own.findIndex((r) => r.kind === kind);
    expect(at('final_report')).toBeGreaterThanOrEqual(0);
    expect(at('final_report')).toBeLessThan(at('acceptance'));
    const jan = own.filter((r) => r.dueOn === own.find((x) => x.kind === 'annual_summary')!.dueOn);
    expect(jan.map((r) => r.kind)).toEqual(['annual_summary', 'annual_plan']);
    // Control: dates still lead, and records within a date keep the division order.
    const dates = rows.map((r) => r.dueOn);
    expect(dates).toEqual([...dates].sort());
  });
});
