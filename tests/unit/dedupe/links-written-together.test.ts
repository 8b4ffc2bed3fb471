/**
 * The links an import's check finds are written with one statement, not one a link
 * (ledger-dedupe.ts saveLinks), with the ids and the log one insert each gave: undo takes
 * exactly them back and redo brings them back as they were.
 */
import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { dedupeAfterImport } from '../../../src/main/app/dedupe/ledger-dedupe';
import { redo, undo } from '../../../src/main/app/history/history';
import { importFiles } from '../../../src/main/app/import/import-notices';
import { withOperation } from '../../../src/main/db/write/with-operation';
import { tempLedger } from '../../support/temp-ledger';

const file = (name: string, lines: string[]) => ({
  name,
  bytes: new TextEncoder().encode(lines.join('\n')),
});

const PLACES = ['北京市石景山区', '天津市和平区', '河北省石家庄市长安区', '山西省太原市小店区'];

const ZONES = file('zones-2019.txt', [
  '民政部关于确认全国社区治理和服务创新实验区的通知',
  '经研究，确认以下单位为全国社区治理和服务创新实验区：',
  ...PLACES.map((p, i) => `${i + 1}.${p}——深化社区议事协商机制第${i + 1}项`),
  '民政部',
  '2019年6月30日',
]);
/** The same places' cases in another programme: related, not duplicates. */
const CASES = file('cases-2021.txt', [
  '民政部办公厅关于公布2021年度全国基层治理创新典型案例的通知',
  '经评审，确定以下案例为2021年度全国基层治理创新典型案例：',
  ...PLACES.map((p, i) => `${i + 1}.${p}——社区议事协商机制的创新实践第${i + 1}项`),
  '民政部办公厅',
  '2021年12月1日',
]);

/** The connection, counting the runs of statements whose text matches `pattern`. */
function counting(db: Database.Database, pattern: RegExp) {
  let n = 0;
  const wrap = (st: Database.Statement, sql: string) =>
    new Proxy(st, {
      get(target, k) {
        const v = Reflect.get(target, k, target) as unknown;
        if (typeof v !== 'function') return v;
        const bound = (v as (...a: unknown[]) => unknown).bind(target);
        if (!['all', 'get', 'iterate', 'run'].includes(String(k)) || !pattern.test(sql))
          return bound;
        return (...a: unknown[]) => {
          n++;
          return bound(...a);
        };
      },
    });
  const proxied = new Proxy(db, {
    get(target, k) {
      if (k === 'prepare') return (sql: string) => wrap(target.prepare(sql), sql);
      const v = Reflect.get(target, k, target) as unknown;
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
  return { db: proxied, runs: () => n };
}

let done: (() => void) | undefined;
afterEach(() => done?.());

const links = (db: Database.Database) =>
  db
    .prepare('SELECT id, record_a, record_b, relation, score, source FROM record_links ORDER BY id')
    .all();

describe('links found by an import’s check', () => {
  it('are written in one statement, undone and redone as one insert each was', async () => {
    const t = await tempLedger();
    done = t.cleanup;
    const o = await importFiles(t.ledger, [ZONES, CASES]);
    expect(o.failures).toEqual([]);
    const db = t.ledger.db;
    const found = links(db);
    expect(found.length).toBeGreaterThanOrEqual(PLACES.length);
    const cases = (
      db.prepare("SELECT id FROM records WHERE kind = 'case' ORDER BY id").all() as { id: number }[]
    ).map((r) => r.id);
    // taken away by a raw delete no person made: the check finds them again
    db.prepare('DELETE FROM record_links').run();
    const c = counting(db, /^INSERT INTO "record_links"/);
    const made = withOperation({ db: c.db }, { kind: 'import', summary: '导入' }, (tx) =>
      dedupeAfterImport(tx, cases),
    );
    expect(made.links).toBe(found.length);
    expect(c.runs()).toBe(1);
    const again = links(db);
    expect(again.map((l) => ({ ...(l as object), id: 0 }))).toEqual(
      found.map((l) => ({ ...(l as object), id: 0 })),
    );
    await undo(t.ledger);
    expect(links(db)).toEqual([]);
    await redo(t.ledger);
    expect(links(db)).toEqual(again);
  });
});
