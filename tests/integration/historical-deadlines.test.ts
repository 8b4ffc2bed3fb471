/**
 * A batch confirmed years ago and imported today: its cycle's duties are listed as history,
 * not as overdue work, and the counts of 首页 and the reminder leave them out. Looked at
 * from a date inside its cycle, the same duties are overdue work.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { importFiles } from '../../src/main/app/import/import-notices';
import { deadlines } from '../../src/main/app/schedule/deadlines';
import { countDeadlines } from '../../src/main/core/schedule';
import { addDays, todayInChina } from '../../src/main/core/schedule/dates';
import type { Ledger } from '../../src/main/db/ledger';
import { tempLedger } from '../support/temp-ledger';

let ledger: Ledger;
let cleanup: () => void;
beforeEach(async () => {
  ({ ledger, cleanup } = await tempLedger());
});
afterEach(() => cleanup());

const OLD_BATCH = {
  name: 'old-batch.txt',
  bytes: Buffer.from(
    [
      '宁夏回族自治区民政厅关于确认首批全区睦邻议事创新实验区的通知',
      '各市、县（区）民政局：',
      '经各地申报、专家评审，现确认以下单位为首批全区睦邻议事创新实验区，实验周期为两年。',
      '各实验区要按时报送年度实验计划和总结，实验期满提交终期报告，由自治区民政厅组织结项验收。',
      '首批全区睦邻议事创新实验区名单',
      '1.银川市兴庆区',
      '2.吴忠市利通区',
      '宁夏回族自治区民政厅',
      '2016年5月10日',
    ].join('\n'),
    'utf8',
  ),
};

it('an old batch imported today: its overdue duties are history, counted apart', async () => {
  await importFiles(ledger, [OLD_BATCH]);
  const today = todayInChina();
  const items = deadlines(ledger, { asOf: today });
  const overdue = items.filter((i) => i.status === 'overdue' && i.record);
  expect(overdue.length).toBeGreaterThan(0);
  expect(overdue.every((i) => i.historical)).toBe(true);
  const counts = countDeadlines(items, today);
  expect(counts.historical).toBe(items.filter((i) => i.historical).length);
  expect(counts.overdue).toBe(items.filter((i) => i.status === 'overdue' && !i.historical).length);
  expect(counts.overdue + counts.historical).toBe(
    items.filter((i) => i.status === 'overdue').length,
  );
});

it('the same duties looked at from inside the cycle are overdue work', async () => {
  await importFiles(ledger, [OLD_BATCH]);
  const items = deadlines(ledger, { asOf: '2017-06-01' });
  const overdue = items.filter((i) => i.status === 'overdue' && i.record);
  expect(overdue.length).toBeGreaterThan(0);
  expect(overdue.some((i) => i.historical)).toBe(false);
  // and nothing not yet due a year from now is ever history
  const ahead = deadlines(ledger, { asOf: addDays(todayInChina(), 365) });
  expect(ahead.filter((i) => i.historical && i.status !== 'overdue')).toEqual([]);
});
