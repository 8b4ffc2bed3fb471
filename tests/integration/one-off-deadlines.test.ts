/**
 * 期限 lists the one-off deadline a notice sets, with its sentence: a call's 申报材料请于…前报送
 * as the notice's own, a list's 各试点…于…前完成 as each named unit's; pending before the
 * date, overdue after it; a news item's retold deadline is none; undoing the import withdraws
 * what it planned; a closing day written with no year is kept as the call's rule, planned on no
 * date.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { importFiles } from '../../src/main/app/import/import-notices';
import { deadlines } from '../../src/main/app/schedule/deadlines';
import { deadlineWho } from '../../src/shared/schedule';
import type { Ledger } from '../../src/main/db/ledger';
import { undoLast } from '../../src/main/db/write/replay';
import { tempLedger } from '../support/temp-ledger';
import { textFile } from '../support/text-file';

let ledger: Ledger;
let cleanup: () => void;
beforeEach(async () => {
  ({ ledger, cleanup } = await tempLedger());
});
afterEach(() => cleanup());

const CALL_LINES = [
  '湖北省民政厅关于申报2021年度全省社区治理创新实验区的通知',
  '各市（州）民政局：',
  '为推进基层治理创新，现组织开展2021年度全省社区治理创新实验区申报工作。',
  '申报材料请于2021年10月15日前报送省民政厅基层政权建设处。',
  '湖北省民政厅',
  '2021年9月1日',
];
const CALL = textFile('call.txt', CALL_LINES);
const LIST = textFile('list.txt', [
  '襄阳市民政局关于确认首批乡镇社工站建设试点的通知',
  '各县（市、区）民政局：',
  '经研究，现确认以下乡镇为首批乡镇社工站建设试点。',
  '各试点镇要于2021年11月30日前完成社工站阵地建设。',
  '首批乡镇社工站建设试点名单',
  '1.襄州区伙牌镇',
  '2.襄州区双沟镇',
  '襄阳市民政局',
  '2021年9月10日',
]);
const NEWS = textFile('news.txt', [
  '本报讯（记者 李明）日前，民政部印发通知，要求各地于2021年12月31日前完成城乡社区服务设施摸底。',
  '记者了解到，此项工作将为下一步规划提供依据。',
]);

const oneOffs = (asOf: string) =>
  deadlines(ledger, { asOf }).filter((i) => i.key.includes(':one_off:'));

it('lists the call’s deadline as the notice’s and the list’s as each unit’s', async () => {
  const outcome = await importFiles(ledger, [CALL, LIST, NEWS]);
  expect(outcome.failures).toEqual([]);
  const before = oneOffs('2021-09-20');
  const call = before.filter((i) => i.recordId === null);
  expect(call.map((i) => [i.dueOn, i.status, i.label])).toEqual([
    ['2021-10-15', 'pending', '限期报送申报材料'],
  ]);
  expect(call[0]!.rule.text).toContain('申报材料请于2021年10月15日前报送');
  const units = before.filter((i) => i.recordId !== null);
  expect(units.map((i) => [i.record?.regionText, i.dueOn, i.label])).toEqual([
    [expect.stringContaining('伙牌镇'), '2021-11-30', '限期完成社工站阵地建设'],
    [expect.stringContaining('双沟镇'), '2021-11-30', '限期完成社工站阵地建设'],
  ]);
  expect(units[0]!.rule.text).toContain('各试点镇要于2021年11月30日前完成');
  // The news item's retold deadline (2021-12-31) is no one's duty in this ledger.
  expect(before.map((i) => i.dueOn)).not.toContain('2021-12-31');

  const after = oneOffs('2021-12-01');
  expect(after.map((i) => i.status)).toEqual(['overdue', 'overdue', 'overdue']);
});

it('is withdrawn when the import is undone', async () => {
  await importFiles(ledger, [CALL, LIST]);
  expect(oneOffs('2021-09-20')).toHaveLength(3);
  undoLast(ledger.db);
  expect(oneOffs('2021-09-20').map((i) => i.recordId)).toEqual([null]);
  undoLast(ledger.db);
  expect(oneOffs('2021-09-20')).toEqual([]);
  expect(ledger.db.prepare('SELECT count(*) AS n FROM milestones').get()).toEqual({ n: 0 });
});

it('plans both dates of a sentence that sets two', async () => {
  const two = textFile('two.txt', [
    '湖北省民政厅关于申报全省社区治理创新实验区的通知',
    '各市（州）民政局：',
    '现组织开展全省社区治理创新实验区申报工作，申报截止日期分别为2021年10月15日和12月31日。',
    '湖北省民政厅',
    '2021年9月1日',
  ]);
  const outcome = await importFiles(ledger, [two]);
  expect(outcome.failures).toEqual([]);
  expect(oneOffs('2021-09-20').map((i) => i.dueOn)).toEqual(['2021-10-15', '2021-12-31']);
});

it('names the deadline of a notice with no title by its sender and date, not （通知）', async () => {
  // The title line lost (a pasted body): the clerk still knows the notice by who sent it.
  const untitled = textFile('申报通知.txt', CALL_LINES.slice(1));
  await importFiles(ledger, [untitled]);
  const [own] = oneOffs('2021-09-20').filter((i) => i.recordId === null);
  expect(own?.notice).toMatchObject({ title: null, file: '申报通知.txt' });
  expect(deadlineWho(own!)).toBe('湖北省民政厅 2021-09-01 通知');
});

it('keeps a closing day written with no year as the call’s rule, planned on no date', async () => {
  const yearless = textFile('yearless.txt', [
    '近日，某省启动第三届“某某公益奖”推荐评审活动。',
    '符合条件的单位和个人可通过相关渠道申报，申报时间从即日起至11月15日。',
  ]);
  expect((await importFiles(ledger, [yearless])).failures).toEqual([]);
  const stated = ledger.db
    .prepare(`SELECT params FROM rules WHERE notice_id IS NOT NULL AND kind = 'deadline'`)
    .all() as { params: string }[];
  expect(stated.map((r) => JSON.parse(r.params) as unknown)).toEqual([
    { date: null, month: 11, day: 15, endOfMonth: false, reply: false },
  ]);
  expect(deadlines(ledger, { asOf: '2021-09-20' })).toEqual([]);
});
