/**
 * A failed acceptance review (未通过/不合格): the zone's status says so, the review it
 * failed is closed as having taken place, its outstanding reports stay owed, and it owes a
 * review after rectification — within the period the notice states. A later pass closes
 * that too; the whole of it is undone with the import that brought it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { importFiles } from '../../src/main/app/import/import-notices';
import { undo } from '../../src/main/app/history/history';
import { tempLedger } from '../support/temp-ledger';

const DIR = path.join(__dirname, '..', 'fixtures', 'schedule');
const file = (name: string) => ({ name, bytes: readFileSync(path.join(DIR, name)) });

describe('a failed acceptance review', () => {
  let cleanup: (() => void) | null = null;
  afterEach(() => cleanup?.());

  async function ledgerWith(...names: string[]) {
    const t = await tempLedger();
    cleanup = t.cleanup;
    for (const n of names) {
      const o = await importFiles(t.ledger, [file(n)]);
      expect(o.failures).toEqual([]);
    }
    return t.ledger;
  }
  const zone = (db: import('better-sqlite3').Database, code: string) =>
    db.prepare('SELECT id, status, title FROM records WHERE region_code = ?').get(code) as {
      id: number;
      status: string | null;
      title: string | null;
    };
  const duties = (db: import('better-sqlite3').Database, id: number) =>
    db
      .prepare(
        `SELECT kind, due_on AS dueOn, status, note FROM milestones WHERE record_id = ?
          AND kind <> 'approval' ORDER BY due_on, kind`,
      )
      .all(id) as { kind: string; dueOn: string; status: string; note: string | null }[];

  it('keeps the reports owed and adds a re-acceptance within the stated rectification period', async () => {
    const ledger = await ledgerWith('three-year-approval.txt', 'failed-acceptance.txt');
    const failed = zone(ledger.db, '320106'); // 南京市鼓楼区: 不合格
    const passed = zone(ledger.db, '110101'); // 东城区: 优秀
    expect(failed.status).toBe('未通过');
    expect(failed.title).not.toContain('不合格');
    expect(passed.status).toBe('已验收（优秀）');

    const mine = duties(ledger.db, failed.id);
    const acceptance = mine.find((m) => m.kind === 'acceptance')!;
    expect(acceptance.status).toBe('done');
    expect(acceptance.note).toMatch(/^未通过：《.*结项验收结果的通知》（2019-09-20）$/);
    // The annual reports and the final report were not delivered by failing: still owed.
    const owed = mine.filter((m) =>
      ['annual_plan', 'annual_summary', 'final_report'].includes(m.kind),
    );
    expect(owed.length).toBeGreaterThan(0);
    expect(owed.every((m) => m.status === 'pending' && m.note === null)).toBe(true);
    // "限期六个月整改": the review after rectification is due six months after the result.
    expect(mine.filter((m) => m.kind === 're_acceptance')).toEqual([
      { kind: 're_acceptance', dueOn: '2020-03-20', status: 'pending', note: null },
    ]);
    // A zone that passed owes nothing, and no re-acceptance.
    expect(duties(ledger.db, passed.id).every((m) => m.status === 'done')).toBe(true);
    expect(duties(ledger.db, passed.id).some((m) => m.kind === 're_acceptance')).toBe(false);
  }, 120_000);

  it('a later pass closes the re-acceptance and what was still owed; undo brings them back', async () => {
    const ledger = await ledgerWith(
      'three-year-approval.txt',
      'failed-acceptance.txt',
      're-acceptance.txt',
    );
    const failed = zone(ledger.db, '320106');
    expect(failed.status).toBe('已验收');
    const after = duties(ledger.db, failed.id);
    expect(after.find((m) => m.kind === 're_acceptance')!.status).toBe('done');
    expect(after.every((m) => m.status === 'done')).toBe(true);

    await undo(ledger);
    expect(zone(ledger.db, '320106').status).toBe('未通过');
    const back = duties(ledger.db, failed.id);
    expect(back.find((m) => m.kind === 're_acceptance')!.status).toBe('pending');
    expect(back.find((m) => m.kind === 'final_report')!.status).toBe('pending');
  }, 120_000);

  it('a date the notice sets for the rectification wins over its period', async () => {
    const t = await tempLedger();
    cleanup = t.cleanup;
    await importFiles(t.ledger, [file('three-year-approval.txt')]);
    // The same result, its rectification told as a period and as the date it ends.
    const text = readFileSync(path.join(DIR, 'failed-acceptance.txt'), 'utf8').replace(
      '验收不合格的实验区限期六个月整改，整改后由民政部重新组织验收。',
      '验收不合格的实验区整改期为一年，请于2020年12月31日前完成整改并申请重新验收。',
    );
    expect(text).toContain('2020年12月31日前');
    const o = await importFiles(t.ledger, [
      { name: 'failed-dated.txt', bytes: Buffer.from(text, 'utf8') },
    ]);
    expect(o.failures).toEqual([]);
    const failed = zone(t.ledger.db, '320106');
    expect(duties(t.ledger.db, failed.id).filter((m) => m.kind === 're_acceptance')).toEqual([
      { kind: 're_acceptance', dueOn: '2020-12-31', status: 'pending', note: null },
    ]);
  }, 120_000);
});
