/**
 * A later batch's notice that also accepts units of an earlier batch ("另，第一批…中，A、B经专家评审，
 * 准予结项") gives those units' records the acceptance as an event: status 已验收, their cycle's
 * duties no longer outstanding, no record made from the later notice, the batch's other unit
 * untouched. Imported the other way round, the retold units make no record.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { dispatch } from '../../src/main/api/dispatch';
import { importFiles } from '../../src/main/app/import/import-notices';
import type { Ledger } from '../../src/main/db/ledger';
import type { GridRecord, Page } from '../../src/shared/domain';
import type { DeadlineItem } from '../../src/shared/schedule';
import { undoLast } from '../../src/main/db/write/replay';
import { tempLedger } from '../support/temp-ledger';

let ledger: Ledger;
let cleanup: () => void;
beforeEach(async () => ({ ledger, cleanup } = await tempLedger()));
afterEach(() => cleanup());

async function call<T>(method: string, input: unknown): Promise<T> {
  const r = await dispatch(method, input, { ledger, door: 'cli' });
  if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`);
  return r.value as T;
}

const FIRST = [
  '民政部关于确认第一批全国农村社区治理实验区的通知',
  '民函〔2019〕12号',
  '经研究，确认以下单位为第一批全国农村社区治理实验区，实验时间为两年。实验期满后，民政部将组织结项验收。',
  '附件：第一批全国农村社区治理实验区名单',
  '1. 北京市延庆区',
  '2. 天津市蓟州区',
  '3. 河北省邢台市威县',
  '民政部',
  '2019年3月1日',
].join('\n');

const THIRD = [
  '民政部关于确认第三批全国农村社区治理实验区的通知',
  '民函〔2023〕5号',
  '经研究，确认以下单位为第三批全国农村社区治理实验区，实验时间为两年。',
  '另，第一批全国农村社区治理实验区中，北京市延庆区、天津市蓟州区经专家评审，准予结项。',
  '附件：第三批全国农村社区治理实验区名单',
  '1. 山西省大同市阳高县',
  '2. 辽宁省大连市庄河市',
  '民政部',
  '2023年2月1日',
].join('\n');

const file = (name: string, text: string) => ({ name, bytes: Buffer.from(text, 'utf8') });

async function records(): Promise<GridRecord[]> {
  return (await call<Page<GridRecord>>('records/page', { kind: 'zone' })).rows;
}

it("accepts the earlier batch's named units on their records", async () => {
  await importFiles(ledger, [file('first.txt', FIRST)]);
  const before = await call<DeadlineItem[]>('deadlines/list', {});
  const yanqing = (await records()).find((r) => r.regionCode === '110119')!;
  expect(before.some((m) => m.recordId === yanqing.id && m.storedStatus === 'pending')).toBe(true);

  await importFiles(ledger, [file('third.txt', THIRD)]);
  const rows = await records();
  expect(rows).toHaveLength(5);
  const byCode = (code: string) => rows.filter((r) => r.regionCode === code);
  for (const code of ['110119', '120119']) {
    expect(byCode(code)).toHaveLength(1);
    expect(byCode(code)[0]!.status).toBe('已验收');
    expect(byCode(code)[0]!.batch).toBe('第一批');
  }
  expect(byCode('130533')[0]!.status ?? null).not.toBe('已验收');

  // The accepted units owe nothing of their cycle any more; the unit not named still does.
  const outstanding = (await call<DeadlineItem[]>('deadlines/list', {})).filter(
    (m) => m.storedStatus === 'pending',
  );
  const accepted = byCode('110119')
    .concat(byCode('120119'))
    .map((r) => r.id);
  expect(outstanding.some((m) => accepted.includes(m.recordId ?? -1))).toBe(false);
  expect(outstanding.some((m) => m.recordId === byCode('130533')[0]!.id)).toBe(true);
});

it("undoing the later import takes the earlier batch's acceptance back", async () => {
  await importFiles(ledger, [file('first.txt', FIRST)]);
  await importFiles(ledger, [file('third.txt', THIRD)]);
  // Undo back to the first notice's ledger: its three records, none accepted, their duties owed.
  let steps = 0;
  while ((await records()).length > 3) {
    expect(undoLast(ledger.db)).not.toBeNull();
    if (++steps > 20) throw new Error('undo never reached the first notice');
  }
  const yanqing = (await records()).find((r) => r.regionCode === '110119')!;
  expect(yanqing.status ?? null).not.toBe('已验收');
  const owed = await call<DeadlineItem[]>('deadlines/list', {});
  expect(owed.some((m) => m.recordId === yanqing.id && m.storedStatus === 'pending')).toBe(true);
});

it('makes no record of the retold units when the earlier batch is not in the ledger', async () => {
  await importFiles(ledger, [file('third.txt', THIRD)]);
  const rows = await records();
  expect(rows.map((r) => r.regionCode).sort()).toEqual(['140221', '210283']);
});
