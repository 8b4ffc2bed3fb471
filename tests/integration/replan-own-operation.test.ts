/**
 * After an upgrade the ledger's milestones were planned by older schedule rules. The first
 * import re-plans them in an operation of its own (按新版期限规则重排期限), before the
 * import's: the history shows two operations, the import's label counts only what it wrote,
 * and undoing the import keeps the re-plan (undone on its own after it). Controls: a ledger
 * already planned by these rules, and a fresh one, get one operation only; reading an old
 * ledger writes nothing.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiContext } from '../../src/main/api/context';
import { importFiles } from '../../src/main/app/import/import-notices';
import { PLANNER_SETTING, REPLAN_SUMMARY } from '../../src/main/app/schedule/replan';
import { PLANNER_VERSION } from '../../src/main/core/schedule/planner-version';
import { ledgerFingerprint } from '../support/ledger-fingerprint';
import { HEBEI_ZONES } from '../support/sample-notice';
import { tempLedger } from '../support/temp-ledger';
import { apiCall } from '../support/api-call';

let ctx: ApiContext;
let cleanup: () => void;
const call = apiCall(() => ctx);
const approval = () => ({
  name: 'three-year-approval.txt',
  bytes: readFileSync(
    path.join(__dirname, '..', 'fixtures', 'schedule', 'three-year-approval.txt'),
  ),
});
const SAME_PROGRAMME = () => ({
  name: 'second-batch.txt',
  bytes: new Uint8Array(
    Buffer.from(
      [
        '民政部关于同意将上海市静安区确认为全国社区治理和服务创新实验区的批复',
        '民函〔2017〕12号',
        '上海市民政局：',
        '经研究，同意将上海市静安区确认为全国社区治理和服务创新实验区，实验时间为期三年。',
        '各实验区要按时上报年度实验计划和总结，在实验期末提交实验工作终期报告。',
        '民政部',
        '2017年3月1日',
      ].join('\n'),
    ),
  ),
});
const hebei = () => ({ name: 'hebei.txt', bytes: new Uint8Array(Buffer.from(HEBEI_ZONES)) });
const db = () => ctx.ledger.db;
const stamp = () =>
  (
    db().prepare('SELECT value FROM settings WHERE key = ?').get(PLANNER_SETTING) as
      { value: string } | undefined
  )?.value ?? null;
const dueOn = (id: number) =>
  (db().prepare('SELECT due_on FROM milestones WHERE id = ?').get(id) as { due_on: string }).due_on;

/**
 * A ledger as an older build left it: no planner version, and one record's final report
 * planned where the older rules put it (a year later than these rules do).
 */
function plannedByOlderRules(): { id: number; due: string } {
  const m = db()
    .prepare(
      `SELECT id, due_on FROM milestones WHERE kind = 'final_report' AND record_id IS NOT NULL
        ORDER BY id LIMIT 1`,
    )
    .get() as { id: number; due_on: string };
  const older = `${Number(m.due_on.slice(0, 4)) + 1}${m.due_on.slice(4)}`;
  db().prepare('UPDATE milestones SET due_on = ? WHERE id = ?').run(older, m.id);
  db().prepare('DELETE FROM settings WHERE key = ?').run(PLANNER_SETTING);
  return { id: m.id, due: m.due_on };
}

beforeEach(async () => {
  const t = await tempLedger();
  cleanup = t.cleanup;
  ctx = { ledger: t.ledger, door: 'cli' };
});
afterEach(() => cleanup());

describe('the re-plan after an upgrade is its own operation', () => {
  it('imports after the re-plan; undoing the import keeps it', async () => {
    await importFiles(ctx.ledger, [approval()]);
    const old = plannedByOlderRules();
    const opsBefore = (await call('history/list', {})).length;

    await importFiles(ctx.ledger, [hebei()]);
    const [imported, replan] = await call('history/list', {});
    expect((await call('history/list', {})).length).toBe(opsBefore + 2);
    expect(replan!.kind).toBe('replan');
    expect(replan!.summary).toBe(`${REPLAN_SUMMARY}（1 条记录的期限有变）`);
    // A re-plan changes duties only: they are counted apart from records (记录数 shows 0（期限 N 项）).
    expect(replan!.records).toBe(0);
    expect(replan!.duties).toBeGreaterThan(0);
    expect(imported!.kind).toBe('import');
    // The import's label counts its own three zones, none of the re-planned ones.
    expect(imported!.records).toBe(3);
    expect(dueOn(old.id)).toBe(old.due);
    expect(stamp()).toBe(PLANNER_VERSION);

    expect((await call('history/undo', {}))?.kind).toBe('import');
    expect(dueOn(old.id)).toBe(old.due);
    expect(stamp()).toBe(PLANNER_VERSION);
    // The re-plan is undone on its own: the older plan is back, and so is its mark.
    expect((await call('history/undo', {}))?.kind).toBe('replan');
    expect(dueOn(old.id)).not.toBe(old.due);
    expect(stamp()).toBeNull();
  });

  it('an import re-planning the programme itself logs none of the older plan', async () => {
    await importFiles(ctx.ledger, [approval()]);
    const old = plannedByOlderRules();
    // A later batch of the same programme stating its cycle: its import re-plans the
    // programme's records, the older plan's one among them.
    await importFiles(ctx.ledger, [SAME_PROGRAMME()]);
    const [imported, replan] = await call('history/list', {});
    expect(replan!.kind).toBe('replan');
    const touched = db()
      .prepare(
        `SELECT count(*) AS n FROM operation_changes
          WHERE op_id = ? AND table_name = 'milestones' AND row_id = ?`,
      )
      .get(imported!.opId, old.id) as { n: number };
    expect(touched.n).toBe(0);
    await call('history/undo', {});
    expect(dueOn(old.id)).toBe(old.due);
  });

  it('one operation where the ledger is planned by these rules (controls)', async () => {
    // A fresh ledger: nothing to re-plan, no empty operation; the import notes the version.
    await importFiles(ctx.ledger, [approval()]);
    expect((await call('history/list', {})).map((o) => o.kind)).toEqual(['import']);
    expect(stamp()).toBe(PLANNER_VERSION);
    await importFiles(ctx.ledger, [hebei()]);
    expect((await call('history/list', {})).map((o) => o.kind)).toEqual(['import', 'import']);
  });

  it('reading a ledger planned by older rules writes nothing', async () => {
    await importFiles(ctx.ledger, [approval()]);
    plannedByOlderRules();
    const before = ledgerFingerprint(db(), { log: true });
    await call('deadlines/list', {});
    await call('records/list', {});
    await call('history/list', {});
    // A preview is a read too: it re-plans nothing, not even rolled back into its counts.
    await importFiles(ctx.ledger, [hebei()], { dryRun: true });
    expect(ledgerFingerprint(db(), { log: true })).toBe(before);
    expect(stamp()).toBeNull();
  });
});
