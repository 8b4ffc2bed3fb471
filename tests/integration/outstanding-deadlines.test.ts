/**
 * The 期限 page lists what is really outstanding, each with its sentence: a centre's request for
 * its demonstration areas' summary reports by a date (areas named with no period) shows as the
 * notice's own deadline; beside a cycle the same kind of date is each zone's final report, never
 * a second deadline; a month written with no year in a December notice is next year's; a review
 * three years after building starts is one date, no yearly duties; a date inside a cited
 * document's title is none. A ledger planned before, which showed that report's date to no
 * one, shows it after the upgrade's re-plan. Composed notices, invented names.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiContext } from '../../src/main/api/context';
import { importFiles } from '../../src/main/app/import/import-notices';
import { PLANNER_SETTING } from '../../src/main/app/schedule/replan';
import { apiCall } from '../support/api-call';
import { tempLedger } from '../support/temp-ledger';

let ctx: ApiContext;
let cleanup: () => void;
const call = apiCall(() => ctx);
beforeEach(async () => {
  const t = await tempLedger();
  cleanup = t.cleanup;
  ctx = { ledger: t.ledger, door: 'cli' };
});
afterEach(() => cleanup());

const notice = (name: string, lines: string[]) => ({
  name,
  bytes: new Uint8Array(Buffer.from(lines.join('\n'), 'utf8')),
});

const REQUEST = notice('request.txt', [
  '青禾、枫林、南岭各“科普进校园”示范推广区：',
  '根据有关文件精神，将对各市2022—2024年“科普进校园”开展工作的情况进行评估。请各单位认真撰写总结报告。望各单位务必于2024年8月31日前提交所有总结报告及相关辅助照片报青禾省青少年科技中心。',
  '青禾省青少年科技中心',
  '2024年8月1日',
]);

const CYCLE = notice('cycle.txt', [
  '青禾省民政厅关于确认首批社区治理创新实验区的通知',
  '各市民政局：',
  '经研究，现确认以下单位为首批社区治理创新实验区，实验周期为两年。',
  '请各实验区务必于2026年6月30日前提交实验工作终期报告。',
  '首批社区治理创新实验区名单',
  '1.银川市兴庆区',
  '2.吴忠市利通区',
  '青禾省民政厅',
  '2024年3月10日',
]);

const DECEMBER = notice('december.txt', [
  '青禾省民政厅关于报送社区治理工作情况的通知',
  '各市民政局：',
  '请各地按照《关于在2025年底前完成社区换届工作的意见》要求，认真开展自查。',
  '请各市民政局于6月底前报送本地区社区治理工作情况。',
  '青禾省民政厅',
  '2024年12月10日',
]);

const BUILDING = notice('building.txt', [
  '青禾省林业局关于公布省级森林康养示范基地名单的通知',
  '各市林业局：',
  '现将省级森林康养示范基地名单予以公布。示范基地建设3年后，省林业局将组织专家进行评估。',
  '1.银川市兴庆区森林康养基地',
  '青禾省林业局',
  '2024年5月20日',
]);

const list = () => call('deadlines/list', { asOf: '2024-08-05' });

describe('the 期限 page', () => {
  it('shows a final report’s date for areas with no period as the notice’s own', async () => {
    await importFiles(ctx.ledger, [REQUEST]);
    const items = (await list()).filter((i) => i.dueOn === '2024-08-31');
    expect(items.map((i) => [i.recordId, i.status, i.label])).toEqual([
      [null, 'pending', expect.stringContaining('总结报告')],
    ]);
    expect(items[0]!.rule.text).toContain('务必于2024年8月31日前提交所有总结报告');
  });

  it('plans a cycle’s final report date once, as each zone’s final report', async () => {
    await importFiles(ctx.ledger, [CYCLE]);
    const items = (await list()).filter((i) => i.dueOn === '2026-06-30');
    expect(items.map((i) => i.kind)).toEqual(['final_report', 'final_report']);
    expect(items.every((i) => i.recordId !== null)).toBe(true);
  });

  it('takes next year’s month in a December notice, and no date from a cited title', async () => {
    await importFiles(ctx.ledger, [DECEMBER]);
    const due = (await call('deadlines/list', { asOf: '2024-12-15' })).map((i) => i.dueOn);
    expect(due).toEqual(['2025-06-30']);
  });

  it('shows a review three years after building as one date, no yearly duties', async () => {
    await importFiles(ctx.ledger, [BUILDING]);
    const items = await list();
    expect(items.map((i) => [i.kind, i.dueOn, i.label])).toEqual([
      ['other', '2027-05-20', '建设3年后评估'],
    ]);
    expect(items[0]!.rule.text).toContain('建设3年后');
  });
});

describe('a ledger planned before a final report’s date showed with no period', () => {
  it('shows the date after the upgrade’s re-plan', async () => {
    await importFiles(ctx.ledger, [REQUEST]);
    const db = ctx.ledger.db;
    // As an older build planned it: the date on the final report's rule, no milestone of it.
    db.prepare("DELETE FROM milestones WHERE key LIKE '%:one_off:%'").run();
    db.prepare('DELETE FROM settings WHERE key = ?').run(PLANNER_SETTING);
    expect((await list()).filter((i) => i.dueOn === '2024-08-31')).toEqual([]);
    // Any later import re-plans the ledger first, in an operation of its own.
    await importFiles(ctx.ledger, [DECEMBER]);
    const items = (await list()).filter((i) => i.dueOn === '2024-08-31');
    expect(items.map((i) => [i.recordId, i.status, i.label])).toEqual([
      [null, 'pending', expect.stringContaining('总结报告')],
    ]);
    expect(items[0]!.rule.text).toContain('务必于2024年8月31日前提交所有总结报告');
  });
});

const YEARLY_CYCLE = notice('yearly-cycle.txt', [
  '青禾省民政厅关于确认首批社区治理创新实验区的通知',
  '各市民政局：',
  '经研究，现确认以下单位为首批社区治理创新实验区，实验周期为两年。',
  '今后每年3月底前组织申报一批实验区，请各市民政局每年3月底前报送申报材料。',
  '各市民政局务必于2026年6月30日前报送实验区终期报告。',
  '首批社区治理创新实验区名单',
  '1.银川市兴庆区',
  '2.吴忠市利通区',
  '青禾省民政厅',
  '2024年3月10日',
]);

const LATER_LIST = notice('later-list.txt', [
  '青禾省民政厅关于确认第二批社区治理创新实验区的通知',
  '各市民政局：',
  '经研究，现确认以下单位为第二批社区治理创新实验区。',
  '第二批社区治理创新实验区名单',
  '1.石嘴山市大武口区',
  '2.中卫市沙坡头区',
  '青禾省民政厅',
  '2024年6月10日',
]);

describe('a cycle’s final report date, re-planned without the records it names', () => {
  it('stays each zone’s final report, never the notice’s own deadline', async () => {
    await importFiles(ctx.ledger, [YEARLY_CYCLE]);
    const kinds = async () =>
      (await list())
        .filter((i) => i.dueOn === '2026-06-30')
        .map((i) => [i.kind, i.recordId !== null]);
    expect(await kinds()).toEqual([
      ['final_report', true],
      ['final_report', true],
    ]);
    // A later list of the same programme re-plans its own record and the yearly call only.
    await importFiles(ctx.ledger, [LATER_LIST]);
    expect(await kinds()).toEqual([
      ['final_report', true],
      ['final_report', true],
    ]);
  });
});
