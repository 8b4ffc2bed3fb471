/**
 * The import's identity and duplicate checks find their candidates through indexes the
 * write path keeps: the live (kind, region_code) and (kind, title) indexes, which SQLite
 * keeps itself, and the quick-search trigram index, which triggers keep and an import
 * writes once per notice. Here that index is checked against a rebuild from the records
 * (FTS5's integrity check against its content table) after an import, an edit, a merge,
 * undo and redo, and the check's lookups follow each of those steps.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiContext } from '../../src/main/api/context';
import { codesNear } from '../../src/main/app/dedupe/nearby-codes';
import { importFiles } from '../../src/main/app/import/import-notices';
import { loadDedupePool } from '../../src/main/db/queries/duplicates';
import { liveRegionCodes, liveRegionCodesByPrefix } from '../../src/main/db/queries/region-codes';
import { rareTitleNeighbours } from '../../src/main/db/queries/title-neighbours';
import { writePendingSearchRows } from '../../src/main/db/write/deferred-search-index';
import { redoNext, undoLast } from '../../src/main/db/write/replay';
import { hasShared, seedFiles, seedsDir } from '../support/shared';
import { tempLedger } from '../support/temp-ledger';
import { apiCall } from '../support/api-call';

let ctx: ApiContext;
let cleanup: () => void;
const call = apiCall(() => ctx);

beforeEach(async () => {
  const t = await tempLedger();
  ctx = { ledger: t.ledger, door: 'cli' };
  cleanup = t.cleanup;
});
afterEach(() => cleanup());

/**
 * The trigram index, with the imported records' rows still pending written, holds exactly
 * what a rebuild from the records would (throws if not); tried in a transaction rolled back
 * after, so the pending rows stay pending for the lookups that follow.
 */
function indexMatchesRecords(db: Database.Database) {
  db.exec('BEGIN');
  try {
    writePendingSearchRows(db);
    db.prepare("INSERT INTO records_fts(records_fts, rank) VALUES ('integrity-check', 1)").run();
  } finally {
    db.exec('ROLLBACK');
  }
}

const NEIGHBOURS = { maxDocs: 100, perTitle: 4, topK: 10, unplacedOnly: false };
const UNIQUE = '鹭岛滨海湾区邻里议事实验';

/** What the check's lookups reach for one record: by its title's trigrams, its place, its title. */
function reached(db: Database.Database, id: number, title: string, code: string | null) {
  return {
    byTrigram: rareTitleNeighbours(db, [title], NEIGHBOURS).includes(id),
    byPlaceOrTitle: loadDedupePool(db, { ids: [], codes: codesNear(db, [code]), titles: [title] })
      .map((r) => r.id)
      .includes(id),
  };
}

describe.skipIf(!hasShared)('the duplicate check’s lookups after every kind of write', () => {
  it('stay true after import, edit, merge, undo and redo', async () => {
    const db = ctx.ledger.db;
    await call('duplicates/settings', { autoMerge: false });
    await importFiles(
      ctx.ledger,
      seedFiles().map((f) => ({
        name: f,
        bytes: new Uint8Array(readFileSync(path.join(seedsDir, f))),
      })),
    );
    indexMatchesRecords(db);
    const zones = await call('records/list', { kind: 'zone' });
    const [a, b] = zones;
    expect(reached(db, a!.id, a!.title ?? '', a!.regionCode)).toMatchObject({
      byPlaceOrTitle: true,
    });

    await call('records/edit', { edits: [{ id: a!.id, field: 'title', value: UNIQUE }] });
    indexMatchesRecords(db);
    expect(reached(db, a!.id, UNIQUE, a!.regionCode)).toEqual({
      byTrigram: true,
      byPlaceOrTitle: true,
    });

    await call('records/merge', { ids: [b!.id, a!.id] });
    indexMatchesRecords(db);
    const survivor = (await call('records/list', { kind: 'zone' })).find(
      (r) => r.id === a!.id || r.id === b!.id,
    )!;
    const merged = survivor.id === a!.id ? b! : a!;
    // the merged-away record is no longer live: no lookup returns it
    expect(reached(db, merged.id, merged.title ?? UNIQUE, merged.regionCode).byPlaceOrTitle).toBe(
      false,
    );

    undoLast(db); // the merge
    undoLast(db); // the edit
    indexMatchesRecords(db);
    expect(reached(db, a!.id, UNIQUE, a!.regionCode).byTrigram).toBe(false);
    expect(reached(db, a!.id, a!.title ?? '', a!.regionCode).byPlaceOrTitle).toBe(true);

    redoNext(db); // the edit again
    indexMatchesRecords(db);
    expect(reached(db, a!.id, UNIQUE, a!.regionCode)).toEqual({
      byTrigram: true,
      byPlaceOrTitle: true,
    });
  });
});

describe('a unit re-coded into another city', () => {
  it('is still looked up under its old code when a later notice names it by today’s code', async () => {
    // 莱芜市莱城区 (371202) became 济南市莱芜区 (370116) in 2019: another 4-digit prefix.
    const created = await call('records/create', {
      kind: 'zone',
      fields: { title: '莱城区社区治理实验', regionText: '莱芜市莱城区', year: 2015 },
    });
    expect(created.records[0]!.regionCode).toBe('371202');
    expect(codesNear(ctx.ledger.db, ['370116'])).toContain('371202');
    expect(codesNear(ctx.ledger.db, ['371202'])).toContain('371202');
    expect(codesNear(ctx.ledger.db, ['370102'])).not.toContain('371202');
  });
});

describe('the live codes under several city prefixes', () => {
  it('are read in one statement, each prefix getting the codes a read of it alone gives', async () => {
    for (const regionText of ['莱芜市莱城区', '济南市历下区', '济南市章丘区', '青岛市市南区'])
      await call('records/create', {
        kind: 'zone',
        fields: { title: `${regionText}邻里互助实验`, regionText, year: 2016 },
      });
    const db = ctx.ledger.db;
    const alone = (p: string) =>
      (
        db
          .prepare(
            `SELECT DISTINCT region_code AS code FROM records
              WHERE merged_into IS NULL AND deleted_at IS NULL
                AND region_code >= ? AND region_code < ? ORDER BY code`,
          )
          .all(p, `${p}:`) as { code: string }[]
      ).map((r) => r.code);
    const prefixes = ['3701', '3712', '3702', '3703', '3701'];
    const read = liveRegionCodesByPrefix(db, prefixes);
    expect([...read.keys()]).toEqual(['3701', '3712', '3702', '3703']);
    for (const [p, codes] of read) expect([...codes].sort()).toEqual(alone(p));
    expect(read.get('3701')).toHaveLength(2);
    expect(read.get('3703')).toEqual([]);
    expect(liveRegionCodes(db, prefixes).sort()).toEqual(
      ['3701', '3712', '3702'].flatMap(alone).sort(),
    );
  });
});
