/**
 * A provincial batch (湖北, 第二批, tests/fixtures/series/hubei-provincial-zones-2019) from its
 * confirmation to its end: a news item, an extension written with the unit's own place in
 * the programme's name, and a graded acceptance table — statuses from events, grades kept
 * out of titles, the extension moving the end, rules kept in their batch, and nothing
 * overdue for the accepted zones, in any order.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { importFiles } from '../../src/main/app/import/import-notices';
import { deadlines } from '../../src/main/app/schedule/deadlines';
import { tempLedger } from '../support/temp-ledger';
import {
  importInOrder,
  ledgerFacts,
  seriesFiles,
  type SeriesFile,
} from '../support/series/series-ledger';

const HUBEI = '湖北省社区治理和服务创新实验区';
const ORDER = ['01-confirmation', '02-news', '04-extension', '05-acceptance'];

describe('a provincial batch from confirmation to acceptance', () => {
  let files: SeriesFile[];
  const made: Awaited<ReturnType<typeof tempLedger>>[] = [];
  beforeAll(async () => {
    files = await seriesFiles('hubei-provincial-zones-2019');
  }, 120_000);
  afterAll(() => made.forEach((l) => l.cleanup()));

  async function ledgerOf(order: readonly string[]) {
    const t = await tempLedger();
    made.push(t);
    const outcomes = await importInOrder(
      t.ledger,
      order.map((s) => files.find((f) => f.stem === s)!),
    );
    return { ...t, outcomes };
  }
  const zones = (db: Database.Database) =>
    db
      .prepare(
        `SELECT id, region_code AS code, title, status, programme, batch FROM records
          WHERE kind = 'zone' AND merged_into IS NULL AND deleted_at IS NULL ORDER BY region_code`,
      )
      .all() as {
      id: number;
      code: string;
      title: string | null;
      status: string | null;
      programme: string;
      batch: string;
    }[];

  it('keeps ten zones, graded by the acceptance, the extension joined with its programme read past the unit in its name', async () => {
    const { ledger, outcomes } = await ledgerOf(ORDER);
    const z = zones(ledger.db);
    expect(z).toHaveLength(10);
    expect(z.every((r) => r.programme === HUBEI && r.batch === '第二批')).toBe(true);
    expect(z.every((r) => !r.title)).toBe(true);
    const ext = outcomes[2]!.files[0]!.changes!;
    expect(ext.role).toBe('extension');
    expect(ext.created).toEqual([]);
    // Its title glues the unit before the batch and scope (同意宣恩县第二批全省…): the programme
    // and batch are read as the confirmation's, so the join is on identity, not on a wording.
    expect(ext.joined[0]!.reason).toContain(`同一项目（${HUBEI}）、同一批次（第二批）`);
    const status = Object.fromEntries(z.map((r) => [r.code, r.status]));
    expect(status['420700']).toBe('已验收（优秀）'); // 鄂州市
    expect(status['420106']).toBe('已验收（合格）'); // 武昌区
    expect(status['422825']).toBe('已验收（合格）'); // 宣恩县: the acceptance follows its extension
  });

  it('moves 宣恩县’s end to 2021-12-31 and plans the annual duties of January 2020 and 2021', async () => {
    const { ledger } = await ledgerOf(ORDER);
    const xuanen = zones(ledger.db).find((r) => r.code === '422825')!;
    const ms = ledger.db
      .prepare(
        'SELECT kind, due_on AS due, status FROM milestones WHERE record_id = ? ORDER BY due_on',
      )
      .all(xuanen.id) as { kind: string; due: string; status: string }[];
    expect(ms.find((m) => m.kind === 'final_report')?.due).toBe('2021-12-31');
    const plans = ms.filter((m) => m.kind === 'annual_plan').map((m) => m.due);
    // (the year of confirmation owes a plan soon after it; the rule's dates from then on)
    expect(plans.filter((d) => d >= '2020')).toEqual(['2020-01-31', '2021-01-31']);
    expect(ms.some((m) => m.kind === 'application_deadline')).toBe(false);
    // the rules of the confirmation belong to its programme and batch
    const rules = ledger.db
      .prepare(
        `SELECT DISTINCT programme, batch FROM rules WHERE notice_id IS NOT NULL AND kind = 'cycle'`,
      )
      .all() as { programme: string; batch: string }[];
    expect(rules).toContainEqual({ programme: HUBEI, batch: '第二批' });
  });

  it('keeps the official new end when a news item tells another', async () => {
    const t = await tempLedger();
    made.push(t);
    const stems = ['01-confirmation', '04-extension'];
    await importInOrder(
      t.ledger,
      stems.map((s) => files.find((f) => f.stem === s)!),
    );
    const news = [
      '宣恩县社区治理实验区获批延期',
      '本报讯（记者 李明）日前，记者从宣恩县民政局获悉，经湖北省民政厅同意，宣恩县第二批全省社区治理和服务创新实验区实验期延长至2022年12月31日。',
      '2021年7月2日',
    ].join('\n');
    const o = await importFiles(t.ledger, [
      { name: 'news.txt', bytes: new Uint8Array(Buffer.from(news, 'utf8')) },
    ]);
    expect(o.failures).toEqual([]);
    const xuanen = zones(t.ledger.db).find((r) => r.code === '422825')!;
    const events = t.ledger.db
      .prepare(
        `SELECT e.until_on AS until, n.role FROM record_events e JOIN mentions m ON m.id = e.mention_id
           JOIN notices n ON n.id = e.notice_id WHERE m.record_id = ? AND e.status = '已延期'`,
      )
      .all(xuanen.id) as { until: string; role: string }[];
    // the news item's word is there as an event, but the official end decides the duties
    expect(events).toContainEqual({ until: '2022-12-31', role: 'news' });
    const final = t.ledger.db
      .prepare(`SELECT due_on AS due FROM milestones WHERE record_id = ? AND kind = 'final_report'`)
      .get(xuanen.id) as { due: string };
    expect(final.due).toBe('2021-12-31');
  });

  it('leaves nothing overdue for the nine accepted zones', async () => {
    const { ledger } = await ledgerOf(ORDER);
    const accepted = new Set(
      zones(ledger.db)
        .filter((r) => r.status?.startsWith('已验收'))
        .map((r) => r.id),
    );
    expect(accepted.size).toBe(9);
    const overdue = deadlines(ledger, { asOf: '2026-11-30' }).filter(
      (d) => d.status === 'overdue' && d.recordId !== null && accepted.has(d.recordId),
    );
    expect(overdue).toEqual([]);
  });

  it('gives the same ledger whatever order the notices arrive in', async () => {
    const a = ledgerFacts((await ledgerOf(ORDER)).ledger.db);
    const b = ledgerFacts((await ledgerOf([...ORDER].reverse())).ledger.db);
    const c = ledgerFacts(
      (await ledgerOf(['04-extension', '01-confirmation', '05-acceptance', '02-news'])).ledger.db,
    );
    expect(b).toEqual(a);
    expect(c).toEqual(a);
  });
});
