/**
 * A yearly deadline foreseen past the stored horizon is named as its notice's stored deadlines
 * are: a notice without title or 文号 by its sender and date, not by its date alone.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { importFiles } from '../../src/main/app/import/import-notices';
import { deadlines } from '../../src/main/app/schedule/deadlines';
import { deadlineWho } from '../../src/shared/schedule';
import type { Ledger } from '../../src/main/db/ledger';
import { tempLedger } from '../support/temp-ledger';
import { textFile } from '../support/text-file';

let ledger: Ledger;
let cleanup: () => void;
beforeEach(async () => {
  ({ ledger, cleanup } = await tempLedger());
});
afterEach(() => cleanup());

it('names a foreseen yearly deadline by its untitled notice’s sender and date', async () => {
  const untitled = textFile('yearly.txt', [
    '各市（州）民政局：',
    '社区治理实验区申报每年组织一次，各地于每年9月30日前报送申报材料。',
    '湖北省民政厅',
    '2021年9月1日',
  ]);
  expect((await importFiles(ledger, [untitled])).failures).toEqual([]);
  const items = deadlines(ledger, { asOf: '2031-01-01' });
  const projected = items.filter((i) => i.projected);
  expect(projected.length).toBeGreaterThan(0);
  const names = new Set(items.map((i) => deadlineWho(i)));
  expect([...names]).toEqual(['湖北省民政厅 2021-09-01 通知']);
});
