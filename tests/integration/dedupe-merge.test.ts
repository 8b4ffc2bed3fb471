/**
 * Merges are reversible exactly: unmerge, undo and redo are compared as full dumps of
 * every table a merge touches. Also: accepting groups with per-field choices, "not a
 * duplicate" remembered, settings, and an import's automatic merge undone first.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/api/dispatch';
import type { ApiContext } from '../../src/main/api/context';
import { importFiles } from '../../src/main/app/import/import-notices';
import { redoNext, undoLast } from '../../src/main/db/write/replay';
import { hasShared, seedFiles, seedsDir } from '../support/shared';
import { tempLedger } from '../support/temp-ledger';
import { apiCall } from '../support/api-call';

const TABLES = [
  'records',
  'mentions',
  'field_provenance',
  'field_sources',
  'record_links',
  'pair_decisions',
  'notices',
  'milestones',
];
const dump = (db: Database.Database) =>
  Object.fromEntries(TABLES.map((t) => [t, db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all()]));

let ctx: ApiContext;
let cleanup: () => void;
const call = apiCall(() => ctx);

const seeds = () =>
  seedFiles().map((f) => ({
    name: f,
    bytes: new Uint8Array(readFileSync(path.join(seedsDir, f))),
  }));

beforeEach(async () => {
  const t = await tempLedger();
  ctx = { ledger: t.ledger, door: 'cli' };
  cleanup = t.cleanup;
});
afterEach(() => cleanup());

describe.skipIf(!hasShared)('merging seed records by hand (auto-merge off)', () => {
  let groups: number[][];
  beforeEach(async () => {
    expect((await call('duplicates/settings', { autoMerge: false })).autoMerge).toBe(false);
    await importFiles(ctx.ledger, seeds());
    groups = (await call('duplicates/list', {})).groups.map((g) => g.recordIds);
    expect(groups.length).toBeGreaterThanOrEqual(3); // 旺庄, 雨湖, 东莞 wait for review
  });

  it('records/merge keeps every mention on the survivor; unmerge restores every table exactly', async () => {
    const before = dump(ctx.ledger.db);
    const survivors = [];
    for (const ids of groups) survivors.push(await call('records/merge', { ids }));
    const merged = dump(ctx.ledger.db);
    expect(merged).not.toEqual(before);
    for (const s of survivors)
      expect(new Set(s.mentions.map((m) => m.file.slice(0, 3))).size).toBe(2);
    const original = ctx.ledger.db
      .prepare('SELECT COUNT(*) AS n FROM mentions WHERE original_record_id <> record_id')
      .get() as { n: number };
    expect(original.n).toBe(groups.length); // moved, but still knowing where they were born
    const review = await call('duplicates/review', {});
    expect(review.merged).toHaveLength(groups.length);
    for (const m of review.merged) await call('records/unmerge', { opId: m.opId });
    expect(dump(ctx.ledger.db)).toEqual(before);
    expect((await call('duplicates/review', {})).merged).toEqual([]);
  });

  it('undoLast and redoNext take a merge back and forth exactly, and an unmerge too', async () => {
    const before = dump(ctx.ledger.db);
    await call('records/merge', { ids: groups[0]! });
    const after = dump(ctx.ledger.db);
    expect(undoLast(ctx.ledger.db)?.kind).toBe('merge');
    expect(dump(ctx.ledger.db)).toEqual(before);
    expect(redoNext(ctx.ledger.db)?.kind).toBe('merge');
    expect(dump(ctx.ledger.db)).toEqual(after);
    const [m] = (await call('duplicates/review', {})).merged;
    await call('records/unmerge', { opId: m!.opId });
    expect(dump(ctx.ledger.db)).toEqual(before);
    expect(undoLast(ctx.ledger.db)?.kind).toBe('unmerge');
    expect(dump(ctx.ledger.db)).toEqual(after);
    expect(redoNext(ctx.ledger.db)?.kind).toBe('unmerge');
    expect(dump(ctx.ledger.db)).toEqual(before);
  });

  it('accepts many groups at once with per-field choices; the chosen value and its provenance survive', async () => {
    const review = await call('duplicates/review', {});
    const dg = review.groups.find((g) => g.records.some((r) => r.title === '以“民生'))!;
    const title = dg.fields.find((f) => f.group === 'title')!;
    const full = title.options.find((o) => o.value !== '以“民生')!;
    expect(title.chosen).toBe(full.recordId); // the complete title is the default
    expect(full.source).toMatch(/^004/); // labelled with the notice file it came from
    const cut = title.options.find((o) => o.value === '以“民生')!;
    const out = await call('duplicates/accept', {
      groups: review.groups.map((g) => ({
        ids: g.recordIds,
        ...(g === dg ? { choices: { title: cut.recordId } } : {}),
      })),
    });
    expect(out).toHaveLength(review.groups.length);
    expect(out.find((r) => r.id === dg.survivorId)!.title).toBe('以“民生');
    expect((await call('duplicates/list', {})).groups).toEqual([]);
  });

  it('"not a duplicate" is remembered and never proposed again; excluding a member works', async () => {
    await call('duplicates/decide', { ids: groups[0]!, decision: 'not_duplicate' });
    const left = (await call('duplicates/list', {})).groups.map((g) => g.recordIds);
    expect(left).not.toContainEqual(groups[0]);
    expect(left).toHaveLength(groups.length - 1);
  });
});

describe.skipIf(!hasShared)('automatic merge at import', () => {
  it('joins by identity or merges above the high threshold; undo takes merges back before the import', async () => {
    const before004 = seeds().filter((f) => !f.name.startsWith('004'));
    await importFiles(ctx.ledger, before004);
    const beforeDump = dump(ctx.ledger.db);
    const out = await importFiles(
      ctx.ledger,
      seeds().filter((f) => f.name.startsWith('004')),
    );
    expect(out.files[0]!.status).toBe('imported');
    const review = await call('duplicates/review', {});
    // 004's three write-ups are 000's cases: joined as mentions by identity, or merged
    const joined = out.files[0]!.changes!.joined.length;
    expect(review.merged.every((m) => m.actor === 'auto')).toBe(true);
    expect(joined + review.merged.length).toBe(3);
    for (let i = 0; i < review.merged.length; i++)
      expect(undoLast(ctx.ledger.db)?.kind).toBe('merge');
    expect(undoLast(ctx.ledger.db)?.kind).toBe('import');
    const live = ctx.ledger.db
      .prepare('SELECT COUNT(*) AS n FROM records WHERE merged_into IS NOT NULL')
      .get() as { n: number };
    expect(live.n).toBe(0);
    // the notice stays, withdrawn; everything the seeds before it wrote is as it was
    const now = dump(ctx.ledger.db);
    expect(now['mentions']).toEqual(
      beforeDump['mentions']!.concat(now['mentions']!.slice(beforeDump['mentions']!.length)),
    );
  });

  it('does nothing automatic when switched off', async () => {
    await call('duplicates/settings', { autoMerge: false });
    await importFiles(ctx.ledger, seeds());
    expect((await call('duplicates/review', {})).merged).toEqual([]);
    expect((await call('duplicates/list', {})).groups.length).toBeGreaterThanOrEqual(3);
  });

  it('refuses thresholds the wrong way round and merges of fewer than two live records', async () => {
    await expect(
      dispatch('duplicates/settings', { high: 0.5, low: 0.9 }, ctx),
    ).resolves.toMatchObject({ ok: false, error: { code: 'bad_thresholds' } });
    await expect(dispatch('records/merge', { ids: [1, 2] }, ctx)).resolves.toMatchObject({
      ok: false,
      error: { code: 'merge_not_live' },
    });
  });
});
