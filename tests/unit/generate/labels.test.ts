import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  fallbackPool,
  generateLedger,
  loadRegionPool,
  type GeneratedLedger,
  type GeneratedRecord,
  type LabelledPair,
} from '../../support/generate';

/** A comparison key of our own, independent of the generator: NFKC, no punctuation or spaces. */
const key = (s: string): string => s.normalize('NFKC').replace(/[\p{P}\p{S}\s]/gu, '');
const noSpace = (s: string): string => s.replace(/\s/gu, '');

/** Each label checked against what it claims, from the two records alone. */
function checkLabel(g: GeneratedLedger, l: LabelledPair): string | null {
  const a = g.records[l.a]!;
  const b = g.records[l.b]!;
  const sameTruth =
    a.regionCode === b.regionCode &&
    a.unitCode === b.unitCode &&
    a.programme === b.programme &&
    a.year === b.year;
  const [short, long] = a.title.length <= b.title.length ? [a, b] : [b, a];
  const [shortR, longR] = a.regionText.length <= b.regionText.length ? [a, b] : [b, a];
  const ok = ((): boolean => {
    if (l.relation === 'duplicate') {
      if (a.entity !== b.entity || !sameTruth || l.related) return false;
      switch (l.how) {
        case 'punctuation':
          return (
            a.title !== b.title && key(a.title) === key(b.title) && a.regionText === b.regionText
          );
        case 'spacing':
          return (
            (a.title !== b.title || a.regionText !== b.regionText) &&
            noSpace(a.title) === noSpace(b.title) &&
            noSpace(a.regionText) === noSpace(b.regionText)
          );
        case 'truncated': {
          const ratio = [...short.title].length / [...long.title].length;
          return (
            long.title.startsWith(short.title) &&
            ratio >= 0.6 &&
            ratio < 0.8 + 1e-9 &&
            a.regionText === b.regionText
          );
        }
        case 'street-office':
          return (
            longR.regionText === `${shortR.regionText}办事处` &&
            longR.regionText.endsWith('街道办事处')
          );
        case 'province-omitted':
          return (
            longR.regionText.endsWith(shortR.regionText) &&
            longR.regionText.startsWith(a.province) &&
            !shortR.regionText.startsWith(a.province)
          );
        case 'renamed':
          return (
            a.regionText !== b.regionText &&
            a.town === null &&
            [a, b].some((r) => !r.regionText.includes(r.county))
          );
        case 'same-entity':
          return true;
        default:
          return false;
      }
    }
    if (a.entity === b.entity) return false;
    if (l.related !== (l.how === 'same-place-other-programme' || l.how === 'parent-child'))
      return false;
    switch (l.how) {
      case 'same-theme-other-region':
        return a.title === b.title && a.regionCode !== b.regionCode;
      case 'same-place-other-programme':
        return a.unitCode === b.unitCode && a.programme !== b.programme;
      case 'parent-child': {
        const [parent, child] = a.unitCode.length < b.unitCode.length ? [a, b] : [b, a];
        return (
          a.regionCode === b.regionCode &&
          parent.unitCode === parent.regionCode &&
          child.unitCode.length === 9 &&
          child.unitCode.startsWith(parent.regionCode) &&
          a.programme === b.programme
        );
      }
      case 'sibling-town':
        return (
          a.regionCode === b.regionCode &&
          a.unitCode !== b.unitCode &&
          a.unitCode.length === 9 &&
          b.unitCode.length === 9
        );
      default:
        return false;
    }
  })();
  return ok
    ? null
    : `${l.how} ${l.relation}: [${a.regionText}|${a.title}] vs [${b.regionText}|${b.title}]`;
}

function checkLedger(g: GeneratedLedger): void {
  const n = g.records.length;
  for (const [x, y] of [...g.duplicatePairs, ...g.notDuplicatePairs, ...g.relatedPairs]) {
    expect(x).toBeLessThan(y);
    expect(y).toBeLessThan(n);
  }
  const bad = g.labels.map((l) => checkLabel(g, l)).filter((m): m is string => m !== null);
  expect(bad.slice(0, 5)).toEqual([]);
  // duplicatePairs is complete: every pair within an entity, nothing else
  const sizes = new Map<number, number>();
  for (const r of g.records) sizes.set(r.entity, (sizes.get(r.entity) ?? 0) + 1);
  const expected = [...sizes.values()].reduce((s, k) => s + (k * (k - 1)) / 2, 0);
  expect(g.duplicatePairs).toHaveLength(expected);
  // related ⊂ not-duplicate
  const notDup = new Set(g.notDuplicatePairs.map(([x, y]) => `${x},${y}`));
  expect(g.relatedPairs.every(([x, y]) => notDup.has(`${x},${y}`))).toBe(true);
  // no unlabelled twin: two entities never share place and title unless labelled as other-programme
  const linked = new Set(
    g.labels
      .filter((l) => l.how === 'same-place-other-programme')
      .map((l) => `${g.records[l.a]!.entity},${g.records[l.b]!.entity}`),
  );
  const seen = new Map<string, number>();
  g.records.forEach((r: GeneratedRecord) => {
    const k = `${r.unitCode}|${key(r.title)}`;
    const e = seen.get(k);
    if (e === undefined) seen.set(k, r.entity);
    else if (e !== r.entity)
      expect(linked.has(`${e},${r.entity}`) || linked.has(`${r.entity},${e}`), k).toBe(true);
  });
}

describe('labelled pairs are what they claim', () => {
  it('on 10k records from the region pool', async () => {
    checkLedger(generateLedger({ seed: 11, size: 10_000 }, await loadRegionPool()));
  });

  it('on the fallback pool', () => {
    checkLedger(generateLedger({ seed: 11, size: 3_000 }, fallbackPool()));
  });

  it('for any seed (property)', async () => {
    const pool = await loadRegionPool();
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 }),
        fc.integer({ min: 1, max: 400 }),
        (seed, size) => {
          const g = generateLedger({ seed, size, duplicateRate: 0.4, hardNegativeRate: 0.4 }, pool);
          expect(g.records).toHaveLength(size);
          checkLedger(g);
        },
      ),
      { numRuns: 30 },
    );
  });
});
