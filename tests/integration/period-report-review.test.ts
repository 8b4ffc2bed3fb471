/**
 * A programme with no default rules whose approval states only its cycle (为期三年): each zone
 * owes its final report by the cycle's end and nothing else; a review that took place closes
 * that report, passed or failed (what it was for is the review), while a failed zone still owes
 * the review after rectification. A report a rule asks for stays owed after a failed review
 * (failed-acceptance.test.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { importFiles } from '../../src/main/app/import/import-notices';
import { tempLedger } from '../support/temp-ledger';

const DIR = path.join(__dirname, '..', 'fixtures', 'schedule');
/** The fixture retold for a programme without defaults, its duties' sentence left out. */
const retold = (name: string) => ({
  name,
  bytes: Buffer.from(
    readFileSync(path.join(DIR, name), 'utf8')
      .replaceAll('全国社区治理和服务创新实验区', '全国婚俗改革实验区')
      .replace(
        '各实验区要按时上报年度实验计划和总结，在实验期末提交实验工作终期报告，由民政部组织结项验收。',
        '',
      ),
    'utf8',
  ),
});

describe('a final report owed for the cycle alone', () => {
  let cleanup: (() => void) | null = null;
  afterEach(() => cleanup?.());

  it('is owed by each zone at the cycle’s end and closed by the review, failed or passed', async () => {
    const t = await tempLedger();
    cleanup = t.cleanup;
    const db = t.ledger.db;
    const duties = (code: string) =>
      db
        .prepare(
          `SELECT m.kind, m.due_on AS dueOn, m.status FROM milestones m
             JOIN records r ON r.id = m.record_id
            WHERE r.region_code = ? AND m.kind <> 'approval' ORDER BY m.due_on, m.kind`,
        )
        .all(code) as { kind: string; dueOn: string; status: string }[];

    expect((await importFiles(t.ledger, [retold('three-year-approval.txt')])).failures).toEqual([]);
    for (const code of ['110101', '320106', '330203'])
      expect(duties(code)).toEqual([
        { kind: 'final_report', dueOn: '2019-05-10', status: 'pending' },
      ]);

    expect((await importFiles(t.ledger, [retold('failed-acceptance.txt')])).failures).toEqual([]);
    expect(duties('110101')).toEqual([
      { kind: 'final_report', dueOn: '2019-05-10', status: 'done' },
    ]);
    expect(duties('320106')).toEqual([
      { kind: 'final_report', dueOn: '2019-05-10', status: 'done' },
      { kind: 're_acceptance', dueOn: '2020-03-20', status: 'pending' },
    ]);
  }, 120_000);
});
