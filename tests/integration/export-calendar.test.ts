/**
 * Calendar UIDs name what a deadline is, not where it sits in one ledger: importing the same
 * notices in another order gives the same UIDs under the same namespace; each ledger has its
 * own random namespace (made by its migration, so exporting only reads it).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { importFiles } from '../../src/main/app/import/import-notices';
import { deadlinesIcs } from '../../src/main/app/schedule/deadlines';
import { CALENDAR_NAMESPACE_KEY } from '../../src/main/db/migrations/0004-calendar-namespace';
import { tempLedger } from '../support/temp-ledger';

const HEBEI = `关于确认第二批省级社区治理创新实验区的通知
1.唐山市路北区——打造老旧小区协商平台
2.石家庄市长安区——构建“红色物业”联动机制
实验时间为期两年。
河北省民政厅
2021年6月30日
`;
const SHANXI = `关于确认省级社区治理创新实验区的通知
1.太原市小店区——推行社区议事协商
2.大同市平城区——探索老旧小区治理
实验时间为期两年。
山西省民政厅
2021年7月15日
`;

const file = (name: string, text: string) => ({ name, bytes: new Uint8Array(Buffer.from(text)) });
const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((c) => c()));

async function ledgerWith(order: [string, string][]) {
  const t = await tempLedger();
  cleanups.push(t.cleanup);
  for (const [name, text] of order) await importFiles(t.ledger, [file(name, text)]);
  return t.ledger;
}

const uids = (ics: string) =>
  new Map(
    [
      ...ics
        .replace(/\r\n /g, '')
        .matchAll(/BEGIN:VEVENT[\s\S]*?UID:(\S+)[\s\S]*?SUMMARY:([^\r\n]+)[\s\S]*?END:VEVENT/g),
    ].map((m) => [m[2] ?? '', m[1] ?? '']),
  );

describe('calendar identity', () => {
  it('same notices in another order: the same UID for the same deadline (same namespace)', async () => {
    const a = await ledgerWith([
      ['hebei.txt', HEBEI],
      ['shanxi.txt', SHANXI],
    ]);
    const b = await ledgerWith([
      ['shanxi.txt', SHANXI],
      ['hebei.txt', HEBEI],
    ]);
    const ns = a.db
      .prepare('SELECT value FROM settings WHERE key = ?')
      .get(CALENDAR_NAMESPACE_KEY) as {
      value: string;
    };
    const nsB = b.db
      .prepare('SELECT value FROM settings WHERE key = ?')
      .get(CALENDAR_NAMESPACE_KEY) as {
      value: string;
    };
    expect(ns.value).toMatch(/^[0-9a-f-]{36}$/);
    expect(nsB.value).not.toBe(ns.value);

    const asOf = '2021-08-01';
    const fromA = uids(deadlinesIcs(a, { asOf, includeDone: true }).ics);
    const otherLedger = uids(deadlinesIcs(b, { asOf, includeDone: true }).ics);
    // Another ledger: none of its UIDs is one of ours.
    expect([...otherLedger.values()].some((u) => [...fromA.values()].includes(u))).toBe(false);
    // The same ledger rebuilt (its namespace kept, as a backup restores it): the same UIDs,
    // although record and milestone ids differ.
    // (A test's shortcut: the namespace is made once by a migration and never written after.)
    b.db
      .prepare('UPDATE settings SET value = ? WHERE key = ?')
      .run(ns.value, CALENDAR_NAMESPACE_KEY);
    const rebuilt = uids(deadlinesIcs(b, { asOf, includeDone: true }).ics);
    expect(fromA.size).toBeGreaterThanOrEqual(4);
    expect(rebuilt).toEqual(fromA);
  });

  it('leaves completed items out by default', async () => {
    const db = await ledgerWith([['hebei.txt', HEBEI]]);
    const all = deadlinesIcs(db, { asOf: '2021-08-01', includeDone: true });
    const open = deadlinesIcs(db, { asOf: '2021-08-01' });
    expect(open.events).toBeLessThan(all.events); // the approvals are done
    expect(open.ics).not.toContain('批复确认');
  });
});
