/**
 * The kept feature index gives exactly what a fresh build gives, through the changes an
 * import and the review make to a small ledger: records added after the others, merged
 * away, edited (a new row for the same id) and brought back (undo), titles with
 * characters the ledger has not seen. Same n-gram ids, weights, rare grams and places,
 * and the same pairs, scores and links from the finder.
 */
import { describe, expect, it } from 'vitest';
import { buildFeatures, FeatureIndex } from '../../../src/main/core/dedupe/feature-index';
import type { Features } from '../../../src/main/core/dedupe/features';
import { findDuplicateCandidates } from '../../../src/main/core/dedupe/find-duplicates';
import { identityRegions } from '../../../src/main/core/dedupe/region';
import type { DedupeRecord } from '../../../src/main/core/dedupe/types';
import { createRng, type Rng } from '../../support/generate';

const WORDS = ['社区', '治理', '服务', '创新', '实验区', '协商', '议事', '网格', '邻里', '微'];
const RARE = [...'暨甑蟠鄞婺黟歙鄱阆涪泸'];
const CODES = ['330102', '330104', '330106', '440604', '510106', null, '330000'];

function randomRecord(rng: Rng, id: number): DedupeRecord {
  const words = Array.from({ length: rng.int(1, 4) }, () => rng.pick(WORDS));
  if (rng.chance(0.5)) words.splice(rng.int(0, words.length), 0, rng.pick(RARE));
  return {
    id,
    kind: rng.pick(['zone', 'case']),
    programme: rng.pick(['全国社区治理和服务创新实验区', null]),
    year: rng.pick([2019, 2021, null]),
    batch: null,
    regionCode: rng.pick(CODES),
    unitCode: null,
    town: null,
    title: rng.chance(0.05) ? null : words.join(''),
  };
}

/** Everything but the list numbering, which only has to tell lists apart. */
const view = (fs: readonly Features[]) =>
  fs.map((f) => ({
    id: f.rec.id,
    key: f.key,
    points: f.points,
    sortedPoints: [...f.sortedPoints],
    gramIds: [...f.gramIds],
    gramWeights: [...f.gramWeights],
    weight: f.weight,
    rare: [...f.rare],
    place: f.place,
    sameList: fs.map((g) => g.context === f.context),
  }));

describe('kept feature index', () => {
  it('equals a fresh build after every change a small ledger sees', () => {
    const rng = createRng(19);
    const index = new FeatureIndex(identityRegions);
    const pool: DedupeRecord[] = [];
    const gone: DedupeRecord[] = [];
    let nextId = 1;
    for (let step = 0; step < 120; step++) {
      const op = rng.int(0, 9);
      if (op <= 4 || pool.length < 5) {
        // an import: new records after all the others
        for (let k = rng.int(1, 8); k > 0; k--) pool.push(randomRecord(rng, nextId++));
      } else if (op <= 6) {
        // merged away or deleted
        const [r] = pool.splice(rng.int(0, pool.length - 1), 1);
        gone.push(r!);
      } else if (op === 7) {
        // edited: a new row for the same id, perhaps with a new title
        const at = rng.int(0, pool.length - 1);
        pool[at] = { ...pool[at]!, title: randomRecord(rng, 0).title };
      } else if (gone.length) {
        // brought back (undo of a merge), between the others
        pool.push(gone.splice(rng.int(0, gone.length - 1), 1)[0]!);
        pool.sort((a, b) => a.id - b.id);
      }
      expect(view(index.features(pool))).toEqual(view(buildFeatures(pool, identityRegions)));
      const focusIds = new Set(pool.slice(-8).map((r) => r.id));
      const kept = findDuplicateCandidates(pool, { focusIds, index });
      const fresh = findDuplicateCandidates(pool, { focusIds });
      expect({ ...kept, stats: null }).toEqual({ ...fresh, stats: null });
    }
  });

  it('refuses to weigh features once it has moved on', () => {
    const rng = createRng(7);
    const index = new FeatureIndex(identityRegions);
    const pool = Array.from({ length: 10 }, (_, i) => randomRecord(rng, i + 1));
    const before = index.features(pool);
    index.features([...pool, randomRecord(rng, 11)]);
    expect(() => before[0]!.weight).toThrow();
  });

  it('builds frozen records as it builds fresh copies of them, and keeps their fixed part', () => {
    const rng = createRng(23);
    const frozen = Array.from({ length: 60 }, (_, i) => Object.freeze(randomRecord(rng, i + 1)));
    const copies = () => frozen.map((r) => ({ ...r }));
    const first = buildFeatures(frozen, identityRegions);
    // another build over some of the same rows, as a large ledger's next check makes
    const again = buildFeatures(frozen.slice(20), identityRegions);
    expect(view(first)).toEqual(view(buildFeatures(copies(), identityRegions)));
    expect(view(again)).toEqual(view(buildFeatures(copies().slice(20), identityRegions)));
    expect(again[0]!.points).toBe(first[20]!.points); // worked out once
  });

  it('works out the code points of a title once for every record that has it', () => {
    const rng = createRng(29);
    const a = randomRecord(rng, 1);
    const b = { ...a, id: 2, regionCode: '440604' };
    const c = { ...a, id: 3, title: `${a.title ?? ''}鄞` };
    const [fa, fb, fc] = buildFeatures([a, b, c], identityRegions);
    expect(fb!.points).toBe(fa!.points);
    expect(fb!.sortedPoints).toBe(fa!.sortedPoints);
    expect(fc!.points).toEqual([...fa!.points, '鄞'.codePointAt(0)]);
  });

  it('numbers n-grams as the definition says: characters by first appearance, each gram once, ascending', () => {
    const rng = createRng(31);
    const records = Array.from({ length: 300 }, (_, i) => {
      const r = randomRecord(rng, i + 1);
      // repeated characters and bigrams, short keys, an empty one
      if (i % 7 === 0) r.title = '社区社区社区';
      if (i % 11 === 0) r.title = rng.pick(['微', '暨微', '网格网', '']);
      return r;
    });
    const fs = buildFeatures(records, identityRegions);
    const chars = new Map<number, number>();
    const number = (cp: number) => {
      if (!chars.has(cp)) chars.set(cp, chars.size + 1);
      return chars.get(cp)!;
    };
    for (const f of fs) {
      const cs = Array.from(f.key, (ch) => number(ch.codePointAt(0)!));
      const ids =
        cs.length <= 4 ? cs.map((x) => -x) : cs.slice(1).map((x, k) => cs[k]! * 16384 + x);
      expect([...f.gramIds]).toEqual([...new Set(ids)].sort((x, y) => x - y));
    }
  });

  it('gives the records of one title one gram list and one set of weights, counted once per record', () => {
    const rng = createRng(41);
    const titles = Array.from({ length: 30 }, () => randomRecord(rng, 0).title);
    const records = Array.from({ length: 200 }, (_, i) => ({
      ...randomRecord(rng, i + 1),
      title: rng.pick(titles),
    }));
    const fs = buildFeatures(records, identityRegions);
    const df = new Map<number, number>();
    for (const f of fs) for (const g of f.gramIds) df.set(g, (df.get(g) ?? 0) + 1);
    const firstOf = new Map<string, Features>();
    for (const f of fs) {
      // the definition: a gram's weight is log(1 + n / the records that have it)
      expect([...f.gramWeights]).toEqual([...f.gramIds].map((g) => Math.log(1 + 200 / df.get(g)!)));
      const first = firstOf.get(f.key);
      if (!first) firstOf.set(f.key, f);
      else {
        expect(f.gramIds).toBe(first.gramIds); // numbered once per title
        expect(f.gramWeights).toBe(first.gramWeights); // weighed once per title
      }
    }
    expect(firstOf.size).toBeLessThan(31);
  });

  it('numbers a title seen before 16 k characters afresh once they are passed (single characters)', () => {
    // 330 titles of 50 characters the ledger has not seen (CJK extension B, which no
    // folding maps onto another): past 16,384 distinct characters
    const cjk = (k: number) => String.fromCodePoint(0x20000 + k);
    const bulk = Array.from({ length: 330 }, (_, i) =>
      Array.from({ length: 50 }, (_, k) => cjk(i * 50 + k)).join(''),
    );
    const title = '社区治理服务创新实验区';
    const records: DedupeRecord[] = [title, ...bulk, title].map((t, i) => ({
      ...randomRecord(createRng(i), i + 1),
      title: t,
    }));
    const fs = buildFeatures(records, identityRegions);
    expect(fs[0]!.gramIds.every((g) => g > 0)).toBe(true); // bigrams while there are few
    expect(fs.at(-1)!.gramIds.every((g) => g < 0)).toBe(true); // characters once there are many
  });

  it('builds afresh on every call when asked once at a time (nothing kept to follow)', () => {
    const rng = createRng(37);
    const pool = Array.from({ length: 40 }, (_, i) => randomRecord(rng, i + 1));
    const index = new FeatureIndex(identityRegions, false);
    index.features(pool);
    // the first record gone: characters it brought first are numbered by the others now
    const rest = pool.slice(1);
    expect(view(index.features(rest))).toEqual(view(buildFeatures(rest, identityRegions)));
  });
});
