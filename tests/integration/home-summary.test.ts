/**
 * 首页's numbers stay right as the ledger changes: after imports, an undo and a redo, a status
 * edit, a deletion and its undo, home/summary (one grouped read of the live records, tallied
 * five ways) agrees with the same counts taken record by record — each live record's kind,
 * province, programme and the status the grid shows (shownStatuses).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiContext } from '../../src/main/api/context';
import { importFiles } from '../../src/main/app/import/import-notices';
import { homeSummary } from '../../src/main/db/queries/home-summary';
import { shownStatuses } from '../../src/main/db/queries/shown-status';
import { RECORD_KINDS, type HomeSummary, type RecordKind } from '../../src/shared/domain';
import { tempLedger } from '../support/temp-ledger';
import { apiCall } from '../support/api-call';

const AS_OF = '2026-12-05';

const ZONES = `关于确认第二批省级社区治理创新实验区的通知
各市民政局：
经评审，确认以下单位为第二批省级社区治理创新实验区：
1.唐山市路北区——打造老旧小区协商平台
2.石家庄市长安区——构建“红色物业”联动机制
3.保定市竞秀区——推行小区议事会制度
河北省民政厅
2021年6月30日
`;

const MORE_ZONES = `关于确认第三批省级社区治理创新实验区的通知
各市民政局：
经评审，确认以下单位为第三批省级社区治理创新实验区：
1.邯郸市丛台区——推行社区协商议事
2.邢台市襄都区——构建网格服务机制
河北省民政厅
2022年7月1日
`;

const file = (name: string, text: string) => ({
  name,
  bytes: new Uint8Array(Buffer.from(text, 'utf8')),
});

let ctx: ApiContext;
let cleanup: () => void;
beforeAll(async () => {
  const t = await tempLedger();
  cleanup = t.cleanup;
  ctx = { ledger: t.ledger, door: 'cli' };
});
afterAll(() => cleanup());

const call = apiCall(() => ctx);

interface Row {
  id: number;
  kind: RecordKind;
  province: string | null;
  programme: string | null;
}

/** The five tallies counted record by record, each as a sorted list (order is not compared). */
function expected(): Record<string, unknown> {
  const db = ctx.ledger.db;
  const rows = db
    .prepare(
      `SELECT id, kind, province, programme FROM records
        WHERE merged_into IS NULL AND deleted_at IS NULL`,
    )
    .all() as Row[];
  const status = shownStatuses(
    db,
    rows.map((r) => r.id),
    AS_OF,
  );
  const count = (key: (r: Row) => Record<string, unknown>) => {
    const m = new Map<string, Record<string, unknown> & { count: number }>();
    for (const r of rows) {
      const k = key(r);
      const id = JSON.stringify(k);
      const had = m.get(id);
      if (had) had.count++;
      else m.set(id, { ...k, count: 1 });
    }
    return sorted([...m.values()]);
  };
  const byKind = Object.fromEntries(RECORD_KINDS.map((k) => [k, 0]));
  for (const r of rows) byKind[r.kind]!++;
  return {
    byKind,
    byProvince: count((r) => ({ province: r.province })),
    byProgramme: count((r) => ({ programme: r.programme })),
    byProvinceProgramme: count((r) => ({
      province: r.province,
      programme: r.programme,
      kind: r.kind,
    })),
    byStatus: count((r) => ({ status: status.get(r.id) ?? null, kind: r.kind })),
  };
}

const sorted = <T>(list: T[]) =>
  [...list].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));

function shown(s: HomeSummary): Record<string, unknown> {
  return {
    byKind: s.byKind,
    byProvince: sorted(s.byProvince),
    byProgramme: sorted(s.byProgramme),
    byProvinceProgramme: sorted(s.byProvinceProgramme),
    byStatus: sorted(s.byStatus),
  };
}

const summary = async () => Promise.resolve(homeSummary(ctx.ledger.db, AS_OF));

const live = (): number =>
  (
    ctx.ledger.db
      .prepare('SELECT count(*) AS n FROM records WHERE merged_into IS NULL AND deleted_at IS NULL')
      .get() as { n: number }
  ).n;

describe('home summary through imports and undo', () => {
  it('agrees with the records counted one by one after every change', async () => {
    const check = async (records: number) => {
      expect(live()).toBe(records);
      const s = await summary();
      expect(shown(s)).toEqual(expected());
      expect(Object.values(s.byKind).reduce((a, b) => a + b, 0)).toBe(records);
      // the page's own request says the same as the read with a fixed day
      const page = await call('home/summary', {});
      expect(page.byKind).toEqual(s.byKind);
      expect(sorted(page.byProvinceProgramme)).toEqual(sorted(s.byProvinceProgramme));
    };
    await check(0);
    await importFiles(ctx.ledger, [file('zones.txt', ZONES)]);
    await check(3);
    await importFiles(ctx.ledger, [file('more.txt', MORE_ZONES)]);
    await check(5);
    expect((await summary()).notices).toBe(2);
    await call('history/undo', {});
    await check(3);
    expect((await summary()).notices).toBe(1);
    await call('history/redo', {});
    await check(5);
    const ids = (
      ctx.ledger.db.prepare('SELECT id FROM records ORDER BY id').all() as {
        id: number;
      }[]
    ).map((r) => r.id);
    await call('records/edit', { edits: [{ id: ids[0]!, field: 'status', value: '已验收' }] });
    await check(5);
    expect((await summary()).byStatus).toContainEqual({
      status: '已验收',
      kind: 'zone',
      count: 1,
    });
    await call('records/delete', { ids: [ids[1]!] });
    await check(4);
    await call('history/undo', {});
    await check(5);
  });

  it('orders each tally by count, most first', async () => {
    const s = await summary();
    for (const list of [s.byProvince, s.byProgramme, s.byProvinceProgramme, s.byStatus])
      for (let i = 1; i < list.length; i++)
        expect(list[i - 1]!.count).toBeGreaterThanOrEqual(list[i]!.count);
    expect(s.byProvince).toEqual([{ province: '河北省', count: 5 }]);
  });
});
