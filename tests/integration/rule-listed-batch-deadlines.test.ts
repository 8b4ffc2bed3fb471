/**
 * A confirmation naming its batch only in its list: the duties it states without a batch
 * (请各实验区…报送中期评估报告) fall on that batch's records, not on an earlier batch's
 * records of the same programme.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { importFiles } from '../../src/main/app/import/import-notices';
import { deadlines } from '../../src/main/app/schedule/deadlines';
import type { Ledger } from '../../src/main/db/ledger';
import { tempLedger } from '../support/temp-ledger';
import { textFile } from '../support/text-file';

let ledger: Ledger;
let cleanup: () => void;
beforeEach(async () => {
  ({ ledger, cleanup } = await tempLedger());
});
afterEach(() => cleanup());

const SECOND = textFile('second.txt', [
  '甘肃省民政厅关于确认第二批全省邻里互助创新实验区的通知',
  '各市（州）民政局：',
  '经各地申报、专家评审，现确认以下单位为第二批全省邻里互助创新实验区。',
  '第二批全省邻里互助创新实验区名单',
  '1.兰州市七里河区',
  '2.白银市白银区',
  '甘肃省民政厅',
  '2021年3月1日',
]);
const THIRD = textFile('third.txt', [
  '甘肃省民政厅关于确认邻里互助创新实验区的通知',
  '各市（州）民政局：',
  '经各地申报、专家评审，现确认以下单位为第三批全省邻里互助创新实验区。实验周期为三年。',
  '请各实验区于2024年6月30日前报送中期评估报告。',
  '第三批全省邻里互助创新实验区名单',
  '1.兰州市城关区',
  '2.天水市秦州区',
  '甘肃省民政厅',
  '2023年3月1日',
]);

it('the unnamed-batch duty of a notice listing one batch falls on that batch only', async () => {
  await importFiles(ledger, [SECOND, THIRD]);
  const items = deadlines(ledger, { asOf: '2023-04-01' });
  const owing = (region: string) =>
    items.filter((i) => i.record?.regionText?.includes(region)).map((i) => i.dueOn);
  // The mid-term review the third batch's notice asks for, eighteen months into its cycle.
  expect(owing('城关区')).toContain('2024-09-01');
  expect(owing('七里河区')).toEqual([]);
});
