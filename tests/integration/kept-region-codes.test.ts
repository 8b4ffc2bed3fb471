/**
 * One notice's import reads the live region codes of its cities once: its identity check
 * before it writes, its duplicate check after, told what the notice wrote
 * (app/dedupe/nearby-codes.ts). After the writes the kept codes must hold every code a
 * fresh read gives — including codes only the new records are filed under.
 */
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ApiContext } from '../../src/main/api/context';
import { dispatch } from '../../src/main/api/dispatch';
import { keptRegionCodes } from '../../src/main/app/dedupe/nearby-codes';
import { keptLiveCodes } from '../../src/main/db/queries/kept-region-codes';
import { liveRegionCodes, regionCodesOfRecords } from '../../src/main/db/queries/region-codes';
import { writeImport } from '../../src/main/db/write/import-rows';
import { redoNext, undoLast } from '../../src/main/db/write/replay';
import type { MethodName } from '../../src/shared/api-methods';
import type { MethodInput, MethodOutput } from '../../src/shared/contract';
import { generateLedger, loadRegionPool, toImportBatches } from '../support/generate';
import { tempLedger } from '../support/temp-ledger';

let t: Awaited<ReturnType<typeof tempLedger>>;
let later: ReturnType<typeof toImportBatches>;

beforeAll(async () => {
  t = await tempLedger();
  const g = generateLedger({ seed: 31, size: 600 }, await loadRegionPool());
  const batches = toImportBatches(g.records, { seed: 31, perNotice: 100 });
  for (const b of batches.slice(0, 3)) writeImport(t.ledger.db, b.notice, b.records);
  later = batches.slice(3);
}, 120_000);
afterAll(() => t?.cleanup());

const maxId = () =>
  (t.ledger.db.prepare('SELECT coalesce(max(id), 0) AS n FROM records').get() as { n: number }).n;

describe('live region codes kept for one notice', () => {
  it('hold after the notice’s writes every code a fresh read gives', () => {
    const db = t.ledger.db;
    const prefixes = [
      ...new Set(
        later.flatMap((b) =>
          b.records.flatMap((r) => {
            const c = r.fields.region_code;
            return typeof c === 'string' && c.length >= 4 ? [c.slice(0, 4)] : [];
          }),
        ),
      ),
    ];
    const kept = keptRegionCodes(db);
    const before = new Set(kept(prefixes));
    const from = maxId();
    for (const b of later) writeImport(db, b.notice, b.records);
    const ids = Array.from({ length: maxId() - from }, (_, i) => from + i + 1);
    const fresh = liveRegionCodes(db, prefixes);
    // the new records bring codes the first read did not have: the check is not vacuous
    expect(fresh.filter((c) => !before.has(c)).length).toBeGreaterThan(0);
    expect(new Set(kept(prefixes))).toEqual(before);
    kept.wrote(regionCodesOfRecords(db, ids));
    expect(new Set(kept(prefixes))).toEqual(new Set(fresh));
  });
});

/**
 * Across notices the live codes are kept per connection (db/queries/kept-region-codes.ts)
 * and brought up to date from the record change log: whatever writes, each prefix's kept
 * codes hold every code a fresh read gives, and more only by codes no live record holds.
 */
describe('live region codes kept across writes', () => {
  let c: Awaited<ReturnType<typeof tempLedger>>;
  let ctx: ApiContext;
  afterEach(() => c?.cleanup());

  async function call<M extends MethodName>(m: M, input: MethodInput<M>) {
    const r = await dispatch(m, input, ctx);
    if (!r.ok) throw new Error(`${m}: ${r.error.code} ${r.error.message}`);
    return r.value as MethodOutput<M>;
  }
  const create = async (regionText: string, title: string) =>
    (await call('records/create', { kind: 'zone', fields: { title, regionText, year: 2018 } }))
      .records[0]!;

  /** Every prefix's kept codes against a fresh read; how many codes were kept beyond it. */
  function check(db: Database.Database, prefixes: readonly string[]): number {
    const kept = keptLiveCodes(db);
    let beyond = 0;
    for (const p of prefixes) {
      const fresh = liveRegionCodes(db, [p]);
      const have = [...kept.under(p)];
      expect(have).toEqual(expect.arrayContaining(fresh));
      for (const code of have) expect(code >= p && code < `${p}:`).toBe(true);
      beyond += have.length - fresh.length;
    }
    return beyond;
  }

  it('hold every live code after new records, an edit, merge, unmerge, undo, redo and a rollback', async () => {
    c = await tempLedger();
    ctx = { ledger: c.ledger, door: 'cli' };
    const db = c.ledger.db;
    const prefixes = ['3701', '3702', '3301', '4403'];
    const a = await create('济南市历下区', '历下区邻里互助实验');
    await create('青岛市市南区', '市南区邻里互助实验');
    expect(check(db, prefixes)).toBe(0); // kept from here on
    // a record in a county no record was filed under: its code comes in through the log
    const b = await create('济南市章丘区', '章丘区乡村治理实验');
    expect(liveRegionCodes(db, ['3701'])).toContain(b.regionCode);
    check(db, prefixes);
    // an edit moves a record to another city; the code it left stays kept, selecting nothing
    await call('records/edit', {
      edits: [{ id: b.id, field: 'regionText', value: '杭州市西湖区' }],
    });
    expect(liveRegionCodes(db, ['3301'])).toHaveLength(1);
    expect(check(db, prefixes)).toBe(1);
    undoLast(db);
    check(db, prefixes);
    redoNext(db);
    check(db, prefixes);
    // a merge takes a code out of the live ones; its unmerge and undo bring it back
    const d = await create('深圳市南山区', '南山区社区营造实验');
    const e = await create('深圳市福田区', '福田区社区营造实验');
    await call('records/merge', { ids: [d.id, e.id] });
    check(db, prefixes);
    undoLast(db);
    expect(liveRegionCodes(db, ['4403'])).toHaveLength(2);
    check(db, prefixes);
    redoNext(db);
    const [m] = (await call('duplicates/review', {})).merged;
    await call('records/unmerge', { opId: m!.opId });
    expect(liveRegionCodes(db, ['4403'])).toHaveLength(2);
    check(db, prefixes);
    // a write rolled back, after the codes were kept inside it
    try {
      db.transaction(() => {
        db.prepare("UPDATE records SET region_code = '370112' WHERE id = ?").run(a.id);
        check(db, prefixes);
        throw new Error('rolled back');
      })();
    } catch {
      // expected
    }
    check(db, prefixes);
    // another connection's write
    const other = new Database(c.file);
    other.prepare("UPDATE records SET region_code = '370105' WHERE id = ?").run(a.id);
    other.close();
    expect(liveRegionCodes(db, ['3701'])).toContain('370105');
    check(db, prefixes);
  });
});

/**
 * A prefix's kept codes are found among its city's (the first four characters) when it is
 * a city's prefix, else among all, and a new code joins the prefixes it is under: the same
 * codes as the index's range from the prefix up to `prefix:` — a code going on with a
 * letter or ':' after the prefix is outside it, a shorter one under a shorter prefix only.
 */
describe('live region codes kept by city', () => {
  let c: Awaited<ReturnType<typeof tempLedger>>;
  afterEach(() => c?.cleanup());

  it('answer every prefix, city or not, as the index range does, before and after new codes', async () => {
    c = await tempLedger();
    const db = c.ledger.db;
    const file = (code: string) =>
      db
        .prepare(
          `INSERT INTO records(kind, title, region_code, created_at, updated_at)
           VALUES ('zone', ?, ?, '2026-01-01', '2026-01-01')`,
        )
        .run(`实验区${code}`, code);
    const prefixes = ['', '3', '37', '370', '3701', '37010', '370102', '3702', 'X701', '3701A'];
    const same = () => {
      const kept = keptLiveCodes(db);
      for (const p of prefixes)
        expect(new Set(kept.under(p)), p).toEqual(new Set(liveRegionCodes(db, [p])));
    };
    for (const code of ['370102', '3701', '3701A1', '37', '370', '3702', 'X70101', '3701:1'])
      file(code);
    same(); // read whole, every prefix asked
    // new codes come in through the change log and join the prefixes asked before
    for (const code of ['370105', '3701/2', '37011', '3701B', '3', '370212', 'X7019']) file(code);
    same();
    expect(liveRegionCodes(db, ['3701'])).toEqual(
      expect.arrayContaining(['3701', '370102', '370105', '3701/2', '37011']),
    );
    expect(liveRegionCodes(db, ['3701'])).not.toContain('3701B');
  });
});
