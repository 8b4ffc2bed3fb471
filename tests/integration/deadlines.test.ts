/**
 * The schedule end to end: notices imported through importFiles (read → extract →
 * store → milestones in the same transaction), then deadlines/list and friends through
 * dispatch, as every door calls them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/api/dispatch';
import type { ApiContext } from '../../src/main/api/context';
import { importFiles } from '../../src/main/app/import/import-notices';
import type { DeadlineItem } from '../../src/shared/schedule';
import type { Ledger } from '../../src/main/db/ledger';
import { hasShared, seedFiles, seedsDir, sharedMissingReason } from '../support/shared';
import { tempLedger } from '../support/temp-ledger';

const fixtures = path.join(__dirname, '..', 'fixtures', 'schedule');
const fixture = (name: string) => ({ name, bytes: readFileSync(path.join(fixtures, name)) });
const seed = (prefix: string) => {
  const name = seedFiles().find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`seed ${prefix} missing`);
  return { name, bytes: readFileSync(path.join(seedsDir, name)) };
};

let ledger: Ledger;
let cleanup: () => void;
let ctx: ApiContext;
beforeEach(async () => {
  ({ ledger, cleanup } = await tempLedger());
  ctx = { ledger, door: 'cli' };
});
afterEach(() => cleanup());

async function call<T>(method: string, input: unknown): Promise<T> {
  const r = await dispatch(method, input, ctx);
  if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`);
  return r.value as T;
}
const list = (input: { asOf?: string; withinDays?: number } = {}) =>
  call<DeadlineItem[]>('deadlines/list', input);
const byRegion = (items: DeadlineItem[], region: string) =>
  items.filter((i) => i.record?.regionText === region);

describe.skipIf(!hasShared)(
  'seeds 001 and 003',
  () => {
    it(`gives each of 001's 31 zones (approved 2019-03-25, two years) its annual duties, final report and acceptance`, async () => {
      await importFiles(ledger, [seed('001_')]);
      const items = await list({ asOf: '2019-01-01' });
      const zones = new Set(items.filter((i) => i.recordId !== null).map((i) => i.recordId));
      expect(zones.size).toBe(31);
      for (const id of zones) {
        const mine = items.filter((i) => i.recordId === id);
        expect(Object.fromEntries(mine.map((m) => [m.label, m.dueOn]))).toEqual({
          批复确认: '2019-03-25',
          '2019年度实验计划': '2019-04-24',
          '2019年度实验总结': '2019-12-31',
          '2020年度实验计划': '2020-01-31',
          '2020年度实验总结': '2020-12-31',
          终期报告: '2021-03-25',
          结项验收: '2021-06-25',
        });
      }
      // Provenance: 001's own sentence sets the period; the duties' due months are the editable defaults.
      expect(items.find((i) => i.kind === 'approval')!.rule.text).toContain('实验时间为期两年');
      expect(items.find((i) => i.kind === 'final_report')!.rule.text).toContain('默认规则');
    });

    it("reads 003's application deadline as 09-30 every year from 2019 (its 文号 year)", async () => {
      await importFiles(ledger, [seed('003_')]);
      const apps = (await list({ asOf: '2022-01-01' })).filter((i) => i.kind === 'application_due');
      expect(apps.map((a) => a.dueOn).slice(0, 4)).toEqual([
        '2019-09-30',
        '2020-09-30',
        '2021-09-30',
        '2022-09-30',
      ]);
      expect(apps.every((a) => a.recordId === null && a.noticeId !== null)).toBe(true);
      expect(apps[0]!.rule.text).toContain('9月底前');
    });
  },
  300_000,
);
describe.skipIf(hasShared)('seeds', () => it.skip(sharedMissingReason, () => {}));

describe('composed notices', () => {
  it('a three-year cycle from the 批复 date', async () => {
    await importFiles(ledger, [fixture('three-year-approval.txt')]);
    const mine = byRegion(await list({ asOf: '2016-06-01' }), '北京市东城区');
    expect(mine.map((m) => `${m.label}@${m.dueOn}`)).toEqual([
      '批复确认@2016-05-10',
      '2016年度实验计划@2016-06-09',
      '2016年度实验总结@2016-12-31',
      '2017年度实验计划@2017-01-31',
      '2017年度实验总结@2017-12-31',
      '2018年度实验计划@2018-01-31',
      '2018年度实验总结@2018-12-31',
      '终期报告@2019-05-10',
      '结项验收@2019-08-10',
    ]);
  });

  it('an explicit month range (实验时间从2015年7月至2018年6月)', async () => {
    await importFiles(ledger, [fixture('range-approval.txt')]);
    const mine = byRegion(await list(), '天津市和平区');
    expect(mine.find((m) => m.kind === 'final_report')?.dueOn).toBe('2018-06-30');
    expect(mine.filter((m) => m.kind === 'annual_summary').map((m) => m.dueOn)).toEqual([
      '2015-12-31',
      '2016-12-31',
      '2017-12-31',
    ]);
    expect(mine.find((m) => m.key.endsWith('annual_plan:2015'))?.dueOn).toBe('2015-07-31');
  });

  it('an objection window with explicit dates (公示期为2023年4月18日至4月24日)', async () => {
    await importFiles(ledger, [fixture('objection-window.txt')]);
    const w = (await list({ asOf: '2023-04-20' })).filter((i) => i.kind === 'objection_window');
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({
      dueOn: '2023-04-18',
      endOn: '2023-04-24',
      status: 'pending',
      recordId: null,
      daysLeft: 4,
    });
  });

  it('a window of 5 working days across 中秋/国庆 2023 ends 2023-10-10', async () => {
    await importFiles(ledger, [fixture('working-day-window.txt')]);
    const w = (await list()).filter((i) => i.kind === 'objection_window');
    expect(w.map((x) => [x.dueOn, x.endOn])).toEqual([['2023-09-28', '2023-10-10']]);
    expect(w[0]!.rule.text).toContain('5个工作日');
  });

  it('an undated call without a 文号 year plans no application round from the day it was imported', async () => {
    const text = [
      '关于开展社区治理和服务创新实验区申报工作的通知',
      '',
      '各市（州）民政局：',
      '',
      '实验区的申报由区（县、市）人民政府提出申请，市州民政局审核后，于每年的9月底前报省民政厅。',
    ].join('\n');
    await importFiles(ledger, [{ name: 'undated-call.txt', bytes: Buffer.from(text, 'utf8') }]);
    const rules = ledger.db.prepare(
      "SELECT COUNT(*) AS n FROM rules WHERE kind = 'annual_deadline'",
    );
    expect((rules.get() as { n: number }).n).toBe(1);
    expect((await list()).filter((i) => i.kind === 'application_due')).toEqual([]);
  });

  it('a call recurring only within its stated pilot period plans no round after the period', async () => {
    const text = [
      '关于开展养老服务改革试点申报工作的通知',
      '',
      '各市（州）民政局：',
      '',
      '试点期为两年。试点期内，每年12月底前由市州民政局将申报材料报省民政厅。',
      '',
      '省民政厅',
      '2019年3月1日',
    ].join('\n');
    await importFiles(ledger, [{ name: 'pilot-call.txt', bytes: Buffer.from(text, 'utf8') }]);
    const apps = (await list({ asOf: '2026-01-01' })).filter((i) => i.kind === 'application_due');
    expect(apps.map((i) => i.dueOn)).toEqual(['2019-12-31', '2020-12-31']);
  });

  it('a dry run stores no milestones', async () => {
    await importFiles(ledger, [fixture('three-year-approval.txt')], { dryRun: true });
    expect(
      (ledger.db.prepare('SELECT COUNT(*) AS n FROM milestones').get() as { n: number }).n,
    ).toBe(0);
  });
});

describe('status, regeneration and extension', () => {
  beforeEach(async () => {
    await importFiles(ledger, [fixture('three-year-approval.txt')]);
  });
  const finalOf = async (asOf: string) =>
    byRegion(await list({ asOf }), '北京市东城区').find((m) => m.kind === 'final_report')!;

  it('moves with --as-of: pending before, overdue after, done stays done', async () => {
    expect((await finalOf('2019-05-10')).status).toBe('pending');
    expect((await finalOf('2019-05-11')).status).toBe('overdue');
    const f = await finalOf('2019-05-11');
    await call('milestones/update', { id: f.id, status: 'done', note: '已于5月9日报送' });
    expect(await finalOf('2019-05-11')).toMatchObject({ status: 'done', note: '已于5月9日报送' });
    expect((await finalOf('2030-01-01')).status).toBe('done');
  });

  it('--within-days lists what falls due in the window plus everything overdue', async () => {
    const items = await list({ asOf: '2017-01-15', withinDays: 30 });
    expect(new Set(items.map((i) => i.label))).toEqual(
      new Set(['2016年度实验计划', '2016年度实验总结', '2017年度实验计划']),
    );
    expect(
      items.filter((i) => i.label.startsWith('2016')).every((i) => i.status === 'overdue'),
    ).toBe(true);
    expect(
      items
        .filter((i) => i.label.startsWith('2017'))
        .every((i) => i.status === 'pending' && i.daysLeft === 16),
    ).toBe(true);
  });

  it('keeps status and notes when rules change and milestones are regenerated', async () => {
    const plan = byRegion(await list(), '北京市东城区').find((m) =>
      m.key.endsWith('annual_plan:2017'),
    )!;
    await call('milestones/update', { id: plan.id, status: 'waived', note: '省厅同意并入总结' });
    const rules = await call<
      { id: number; kind: string; programme: string | null; source: string }[]
    >('rules/list', {});
    const planDefault = rules.find(
      (r) =>
        r.source === 'default' &&
        r.kind === 'annual_plan' &&
        r.programme === '全国社区治理和服务创新实验区',
    )!;
    await call('rules/update', {
      id: planDefault.id,
      programme: planDefault.programme,
      kind: 'annual_plan',
      params: { month: 2, day: 28, firstYearDays: 30 },
    });
    const again = byRegion(await list(), '北京市东城区').find((m) =>
      m.key.endsWith('annual_plan:2017'),
    )!;
    expect(again).toMatchObject({
      id: plan.id,
      dueOn: '2017-02-28',
      status: 'waived',
      note: '省厅同意并入总结',
    });
  });

  it('refuses to edit a rule the notice stated', async () => {
    const rules = await call<{ id: number; source: string }[]>('rules/list', {});
    const fromNotice = rules.find((r) => r.source === 'notice')!;
    const r = await dispatch(
      'rules/update',
      { id: fromNotice.id, programme: null, kind: 'cycle', params: { years: 9 } },
      ctx,
    );
    expect(r.ok ? null : r.error.code).toBe('rule_readonly');
  });

  it('an extension moves the end, the final report and acceptance, and keeps their status', async () => {
    const before = await finalOf('2019-01-01');
    await call('milestones/update', { id: before.id, status: 'pending', note: '已催报' });
    const recordId = before.recordId!;
    const after = await call<DeadlineItem[]>('milestones/extend', {
      recordId,
      until: '2020-05-10',
      note: '民政部同意延期一年',
    });
    expect(after.find((m) => m.kind === 'final_report')).toMatchObject({
      id: before.id,
      dueOn: '2020-05-10',
      note: '已催报',
    });
    expect(after.find((m) => m.kind === 'acceptance')?.dueOn).toBe('2020-08-10');
    expect(after.find((m) => m.kind === 'extension')).toMatchObject({
      dueOn: '2019-05-10',
      endOn: '2020-05-10',
      status: 'done',
    });
    expect(after.find((m) => m.key.endsWith('annual_summary:2019'))?.dueOn).toBe('2019-12-31');
    // Withdrawn again: back to the notice's end, the extension milestone gone.
    const back = await call<DeadlineItem[]>('milestones/extend', { recordId, until: null });
    expect(back.find((m) => m.kind === 'final_report')?.dueOn).toBe('2019-05-10');
    expect(back.some((m) => m.kind === 'extension')).toBe(true); // it was done: kept as history, not silently deleted
  });

  it('counts and ICS through the contract', async () => {
    const counts = await call<{ overdue: number; within30: number }>('deadlines/counts', {
      asOf: '2017-01-15',
    });
    expect(counts).toMatchObject({ overdue: 6, within7: 0, within30: 3 });
    const ics = await call<{ ics: string; events: number }>('deadlines/ics', {
      asOf: '2017-01-15',
      withinDays: 30,
    });
    expect(ics.events).toBe(9);
    expect(ics.ics.match(/BEGIN:VEVENT/g)).toHaveLength(9);
    expect(ics.ics).toContain('DTSTART;VALUE=DATE:20170131');
  });
});
