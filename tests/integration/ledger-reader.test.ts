/**
 * Whole-ledger reads beside the main thread (app/reader): the reader thread's read-only
 * connection answers 首页's summary exactly as the ledger's own connection does and sees every
 * write once it is committed (imports, undo); when it cannot answer, home/summary is read on
 * the ledger's own connection instead.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/api/dispatch';
import { importFiles } from '../../src/main/app/import/import-notices';
import { LedgerReader } from '../../src/main/app/reader/ledger-reader';
import { undo } from '../../src/main/app/history/history';
import type { Ledger } from '../../src/main/db/ledger';
import { homeSummary } from '../../src/main/db/queries/home-summary';
import { deadlineGlance } from '../../src/main/app/schedule/deadline-glance';
import { deadlineMonth } from '../../src/main/app/schedule/deadline-month';
import { deadlinePage } from '../../src/main/app/schedule/deadline-page';
import { updateMilestoneStatus } from '../../src/main/app/schedule/schedule-edits';
import { tempLedger } from '../support/temp-ledger';

const ZONES = `关于确认第二批省级社区治理创新实验区的通知
各市民政局：
经评审，确认以下单位为第二批省级社区治理创新实验区：
1.唐山市路北区——打造老旧小区协商平台
2.石家庄市长安区——构建“红色物业”联动机制
河北省民政厅
2021年6月30日
`;

const file = (name: string, text: string) => ({
  name,
  bytes: new Uint8Array(Buffer.from(text, 'utf8')),
});

let ledger: Ledger;
let reader: LedgerReader;
let cleanup: () => void;
beforeAll(async () => {
  ({ ledger, cleanup } = await tempLedger());
  reader = new LedgerReader(ledger.file);
});
afterAll(async () => {
  await reader.close();
  cleanup();
});

describe('the ledger reader', () => {
  it('counts 首页’s deadlines as the ledger’s own connection does', async () => {
    await importFiles(ledger, [file('zones-glance.txt', ZONES.replace('第二批', '第四批'))]);
    const input = { asOf: '2026-12-06', months: 6 };
    expect(await reader.read('deadlines/glance', input)).toEqual(deadlineGlance(ledger, input));
    await undo(ledger);
  });

  it('answers as the ledger’s own connection, after every committed write', async () => {
    expect(await reader.read('home/summary')).toEqual(homeSummary(ledger.db));
    await importFiles(ledger, [file('zones.txt', ZONES)]);
    const after = await reader.read('home/summary');
    expect(after.byKind.zone).toBe(2);
    expect(after).toEqual(homeSummary(ledger.db));
    await undo(ledger);
    expect((await reader.read('home/summary')).byKind.zone).toBe(0);
    expect(await reader.read('home/summary')).toEqual(homeSummary(ledger.db));
  });

  it('home/summary goes to the reader when the door has one', async () => {
    let asked = 0;
    const r = await dispatch(
      'home/summary',
      {},
      {
        ledger,
        door: 'cli',
        reader: {
          read: ((m: 'home/summary') => (
            asked++,
            reader.read(m)
          )) as unknown as LedgerReader['read'],
        },
      },
    );
    expect(r.ok).toBe(true);
    expect(asked).toBe(1);
  });

  it('falls back to the ledger’s own connection when the reader cannot answer', async () => {
    await importFiles(ledger, [file('zones2.txt', ZONES.replace('第二批', '第三批'))]);
    const failing = { read: () => Promise.reject(new Error('reader ended')) };
    const r = await dispatch('home/summary', {}, { ledger, door: 'cli', reader: failing });
    expect(r.ok && r.value).toEqual(homeSummary(ledger.db));
  });

  it('starts again after its thread is closed', async () => {
    await reader.close();
    expect(await reader.read('home/summary')).toEqual(homeSummary(ledger.db));
  });

  it('answers 期限’s pages and months as the ledger’s own connection, and sees a mark done', async () => {
    const text = readFileSync(
      path.join(__dirname, '..', 'fixtures', 'schedule', 'three-year-approval.txt'),
      'utf8',
    );
    await importFiles(ledger, [file('three-year-approval.txt', text)]);
    const page = {
      asOf: '2017-01-20',
      section: 'overdue' as const,
      within: 30,
      offset: 0,
      limit: 5,
    };
    const month = { asOf: '2017-01-20', month: '2017-01' };
    const before = await reader.read('deadlines/page', page);
    expect(before.total).toBeGreaterThan(0);
    expect(before).toEqual(deadlinePage(ledger, page));
    expect(await reader.read('deadlines/month', month)).toEqual(deadlineMonth(ledger, month));
    updateMilestoneStatus(ledger, { id: before.items[0]!.id, status: 'done' });
    expect((await reader.read('deadlines/page', page)).total).toBe(before.total - 1);
  });
});
