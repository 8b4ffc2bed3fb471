/**
 * Notices over time, on the series of real public facts (tests/fixtures/series): a later
 * notice joins the records it names by identity (renamed units included), tells their
 * status as events, closes the duties of accepted zones, keeps rules in their scope — and
 * the ledger comes out the same whatever order the notices arrive in.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiContext } from '../../src/main/api/context';
import { dispatch } from '../../src/main/api/dispatch';
import { deadlines } from '../../src/main/app/schedule/deadlines';
import type { MethodName } from '../../src/shared/api-methods';
import type { MethodInput, MethodOutput } from '../../src/shared/contract';
import { ledgerFingerprint } from '../support/ledger-fingerprint';
import { tempLedger } from '../support/temp-ledger';
import {
  importInOrder,
  ledgerFacts,
  seriesFiles,
  type SeriesFile,
} from '../support/series/series-ledger';

const NATIONAL = '全国社区治理和服务创新实验区';

describe('the 2019 national batch told by later notices', () => {
  let files: SeriesFile[];
  const ledgers: Awaited<ReturnType<typeof tempLedger>>[] = [];
  beforeAll(async () => {
    files = await seriesFiles('national-zones-2019');
  }, 120_000);
  afterAll(() => ledgers.forEach((l) => l.cleanup()));

  async function ledgerOf(order: readonly string[]) {
    const t = await tempLedger();
    ledgers.push(t);
    const chosen = order.map((s) => files.find((f) => f.stem === s)!);
    const outcomes = await importInOrder(t.ledger, chosen);
    return { ...t, outcomes };
  }

  const zones = (db: import('better-sqlite3').Database) =>
    db
      .prepare(
        `SELECT id, region_code AS code, title, status, year FROM records
          WHERE kind = 'zone' AND programme = ? AND merged_into IS NULL AND deleted_at IS NULL`,
      )
      .all(NATIONAL) as {
      id: number;
      code: string;
      title: string | null;
      status: string | null;
      year: number;
    }[];

  it('a progress report and an acceptance join the 31 zones (上城区（原江干区） too) instead of adding any', async () => {
    const { ledger, outcomes } = await ledgerOf([
      '01-confirmation',
      '02-progress',
      '04-acceptance',
    ]);
    const z = zones(ledger.db);
    expect(z).toHaveLength(31);
    const progress = outcomes[1]!.files[0]!.changes!;
    expect(progress.role).toBe('progress_report');
    expect(progress.created).toEqual([]);
    expect(progress.joined).toHaveLength(31);
    expect(progress.joined.every((j) => j.reason.startsWith('身份相同'))).toBe(true);
    const jianggan = z.find((r) => r.code === '330104')!;
    const renamed = progress.joined.find((j) => j.recordId === jianggan.id)!;
    expect(renamed.reason).toContain('区划已变更');
    const acceptance = outcomes[2]!.files[0]!.changes!;
    expect(acceptance.created).toEqual([]);
    expect(acceptance.events).toHaveLength(31);
    // statuses come from events; status words never become titles; the confirmation's year stays
    expect(z.every((r) => r.status === '已验收')).toBe(true);
    expect(z.every((r) => !r.title)).toBe(true);
    expect(z.every((r) => r.year === 2019)).toBe(true);
    const ev = ledger.db
      .prepare('SELECT occurred_on AS on_, sentence FROM record_events LIMIT 1')
      .get() as { on_: string; sentence: string };
    expect(ev.on_).toBe('2022-06-20');
    expect(ev.sentence).toContain('通过结项验收');
  });

  it('leaves nothing overdue for the accepted zones, their duties closed by the acceptance', async () => {
    const { ledger } = await ledgerOf(['01-confirmation', '02-progress', '04-acceptance']);
    const overdue = deadlines(ledger, { asOf: '2026-11-30' }).filter(
      (d) => d.status === 'overdue' && d.recordId !== null,
    );
    expect(overdue).toEqual([]);
    const closed = ledger.db
      .prepare("SELECT count(*) AS n FROM milestones WHERE status = 'done' AND note LIKE '已验收%'")
      .get() as { n: number };
    expect(closed.n).toBeGreaterThan(0);
  });

  it('news never invents a zone and never replaces the confirmation’s values', async () => {
    const { ledger, outcomes } = await ledgerOf(['01-confirmation', '03-news', '05-news']);
    expect(zones(ledger.db)).toHaveLength(31);
    const news = outcomes[2]!.files[0]!.changes!;
    expect(news.secondary).toBe(true);
    expect(news.created).toEqual([]);
    expect(zones(ledger.db).every((r) => !r.title)).toBe(true);
  });

  it('gives the same ledger whatever order the notices arrive in', async () => {
    const forward = ['01-confirmation', '02-progress', '03-news', '04-acceptance', '05-news'];
    const a = await ledgerOf(forward);
    const b = await ledgerOf([...forward].reverse());
    const c = await ledgerOf([
      '04-acceptance',
      '01-confirmation',
      '05-news',
      '02-progress',
      '03-news',
    ]);
    const fa = ledgerFacts(a.ledger.db);
    expect(zones(b.ledger.db)).toHaveLength(31);
    expect(ledgerFacts(b.ledger.db)).toEqual(fa);
    expect(ledgerFacts(c.ledger.db)).toEqual(fa);
  });
});

describe('a later notice is one operation that undoes and redoes exactly', () => {
  it('takes back the mentions, events, statuses and closed duties of an acceptance, never the zones', async () => {
    const files = await seriesFiles('national-zones-2019');
    const t = await tempLedger();
    try {
      const ctx: ApiContext = { ledger: t.ledger, door: 'cli' };
      const call = async <M extends MethodName>(m: M, input: MethodInput<M>) => {
        const r = await dispatch(m, input, ctx);
        if (!r.ok) throw new Error(`${m}: ${r.error.message}`);
        return r.value as MethodOutput<M>;
      };
      const send = (stem: string) => {
        const f = files.find((x) => x.stem === stem)!;
        return call('import/files', {
          files: [{ name: f.name, dataBase64: Buffer.from(f.bytes).toString('base64') }],
        });
      };
      await send('01-confirmation');
      await send('02-progress');
      const before = ledgerFingerprint(t.ledger.db, { log: false });
      await send('04-acceptance');
      const after = ledgerFingerprint(t.ledger.db, { log: false });
      expect(after).not.toBe(before);
      await call('history/undo', {});
      expect(ledgerFingerprint(t.ledger.db, { log: false })).toBe(before);
      await call('history/redo', {});
      expect(ledgerFingerprint(t.ledger.db, { log: false })).toBe(after);
      // undo both later notices: the confirmation's 31 zones stay, with their own mention only
      await call('history/undo', {});
      await call('history/undo', {});
      const left = t.ledger.db
        .prepare(
          'SELECT count(*) AS n FROM records WHERE merged_into IS NULL AND deleted_at IS NULL',
        )
        .get() as { n: number };
      expect(left.n).toBe(31);
    } finally {
      t.cleanup();
    }
  });
});
