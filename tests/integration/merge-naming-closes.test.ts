/**
 * A merge by hand closes a creation the way an import does (app/dedupe/merge-records.ts): with
 * automatic joining off, the creation list and the naming make a record each for a county;
 * merging the two gives the county the acceptance an import in either order gives, in the
 * merge's operation, so undo and unmerge take it back exactly. A county the naming does not
 * name is left as it was.
 */
import type Database from 'better-sqlite3';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { ApiContext } from '../../src/main/api/context';
import { mergeRecords, unmerge } from '../../src/main/app/dedupe/merge-records';
import { importFiles } from '../../src/main/app/import/import-notices';
import { redoNext, undoLast } from '../../src/main/db/write/replay';
import { apiCall } from '../support/api-call';
import { tempLedger } from '../support/temp-ledger';

const bytes = (s: string) => new Uint8Array(Buffer.from(s));
const CREATION = [
  '交通运输部关于确定第二批城乡交通运输一体化示范创建县的通知',
  '经研究，确定北京市通州区等3个县(区)为第二批城乡交通运输一体化示范创建县。',
  '第二批城乡交通运输一体化示范创建县名单',
  '北京市通州区',
  '天津市蓟州区',
  '河北省邯郸市涉县',
  '交通运输部',
  '2021年10月30日',
].join('\n');
const NAMING = [
  '交通运输部关于命名北京市通州区等2个县(区)城乡交通运输一体化示范县的通知',
  '交通运输部决定命名北京市通州区等2个县(区)为城乡交通运输一体化示范县。',
  '城乡交通运输一体化示范县名单',
  '北京市通州区',
  '天津市蓟州区',
  '交通运输部',
  '2024年2月21日',
].join('\n');
const FILES = [
  { name: 'creation.txt', bytes: bytes(CREATION) },
  { name: 'naming.txt', bytes: bytes(NAMING) },
];

let ctx: ApiContext;
let cleanup: () => void;
const call = apiCall(() => ctx);
beforeEach(async () => {
  const t = await tempLedger();
  ctx = { ledger: t.ledger, door: 'cli' };
  cleanup = t.cleanup;
});
afterEach(() => cleanup());

const db = (): Database.Database => ctx.ledger.db;
/** Live records' status by code (a county's two records apart read as a list). */
const statuses = (d: Database.Database = db()) => {
  const out: Record<string, (string | null)[]> = {};
  for (const r of d
    .prepare(
      `SELECT region_code AS code, status FROM records
        WHERE merged_into IS NULL AND deleted_at IS NULL ORDER BY region_code, id`,
    )
    .all() as { code: string; status: string | null }[])
    (out[r.code] ??= []).push(r.status);
  return out;
};
const TABLES = ['records', 'mentions', 'record_events', 'field_provenance', 'milestones'];
const dump = () =>
  Object.fromEntries(TABLES.map((t) => [t, db().prepare(`SELECT * FROM ${t} ORDER BY 1`).all()]));
/** Each county's records, creation's first: the pairs a person would merge. */
const pairs = () => {
  const rows = db()
    .prepare(
      `SELECT r.id, r.region_code AS code FROM records r
        WHERE r.merged_into IS NULL ORDER BY r.region_code, r.id`,
    )
    .all() as { id: number; code: string }[];
  const by = new Map<string, number[]>();
  for (const r of rows) by.set(r.code, [...(by.get(r.code) ?? []), r.id]);
  return [...by.values()].filter((ids) => ids.length === 2);
};

async function importApart(files: typeof FILES) {
  await call('duplicates/settings', { autoMerge: false });
  await importFiles(ctx.ledger, files);
  // apart, the naming's own page tells no acceptance, so nothing is closed yet
  expect(statuses()).toEqual({
    '110112': [null, null],
    '120119': [null, null],
    '130426': [null],
  });
}

/** What an import joining them gives, in the given order. */
async function imported(files: typeof FILES) {
  const t = await tempLedger();
  try {
    await importFiles(t.ledger, files);
    return statuses(t.ledger.db);
  } finally {
    t.cleanup();
  }
}

for (const order of ['creation first', 'naming first'] as const) {
  it(`a county merged by hand is accepted as an import gives it (${order})`, async () => {
    const files = order === 'creation first' ? FILES : [...FILES].reverse();
    await importApart(files);
    for (const ids of pairs()) mergeRecords(ctx.ledger, { ids, actor: 'user' });
    const merged = statuses();
    expect(merged).toEqual({ '110112': ['已验收'], '120119': ['已验收'], '130426': [null] });
    expect(merged).toEqual(await imported(FILES));
    expect(merged).toEqual(await imported([...FILES].reverse()));
  });
}

it('undo, redo and unmerge take the closing back with the merge, exactly', async () => {
  await importApart(FILES);
  const [ids] = pairs();
  const before = dump();
  const survivor = mergeRecords(ctx.ledger, { ids: ids!, actor: 'user' });
  const after = dump();
  expect(statuses()['110112']).toEqual(['已验收']);
  expect(undoLast(db())?.kind).toBe('merge');
  expect(dump()).toEqual(before);
  expect(redoNext(db())?.kind).toBe('merge');
  expect(dump()).toEqual(after);
  const opId = (
    db().prepare(`SELECT max(id) AS id FROM operations WHERE kind = 'merge'`).get() as {
      id: number;
    }
  ).id;
  unmerge(ctx.ledger, opId);
  expect(statuses()['110112']).toEqual([null, null]);
  const events = db().prepare('SELECT count(*) AS n FROM record_events').get() as { n: number };
  expect(events.n).toBe(0);
  expect(survivor).toBe(ids![0]);
});

it('a naming only proposed, merged in, closes nothing', async () => {
  const proposed = NAMING.replace('关于命名', '关于拟命名').replace(
    '交通运输部决定命名北京市通州区等2个县(区)为城乡交通运输一体化示范县。',
    '交通运输部拟命名北京市通州区等2个县(区)为城乡交通运输一体化示范县，现予公示。',
  );
  await importApart([FILES[0]!, { name: 'proposed.txt', bytes: bytes(proposed) }]);
  for (const ids of pairs()) mergeRecords(ctx.ledger, { ids, actor: 'user' });
  expect(statuses()).toEqual({ '110112': [null], '120119': [null], '130426': [null] });
});
