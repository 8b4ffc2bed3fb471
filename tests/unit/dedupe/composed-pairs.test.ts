/**
 * Composed pairs that must merge (width, punctuation, spacing, a cut title, 街道办事处,
 * a former county name, traditional characters) and must not (same theme elsewhere,
 * same name in another city, same place in another programme, parent/child, sibling
 * towns). Regions go through the real gazetteer, as at import.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  findDuplicateCandidates,
  gazetteerRegions,
  type DedupeRecord,
} from '../../../src/main/core/dedupe';
import { resolveRegion } from '../../../src/main/core/gazetteer';

interface Side {
  kind: string;
  programme: string;
  year: number;
  regionText: string;
  title: string;
}
interface Case {
  why: string;
  related?: string;
  a: Side;
  b: Side;
}
const fixtures = JSON.parse(
  readFileSync(path.join(__dirname, '../../fixtures/dedupe/composed-pairs.json'), 'utf8'),
) as {
  mustMerge: Case[];
  mustNotMerge: Case[];
};

function record(id: number, s: Side): DedupeRecord {
  const r = resolveRegion(s.regionText);
  return {
    id,
    kind: s.kind,
    programme: s.programme,
    year: s.year,
    batch: null,
    regionCode: r.regionCode,
    unitCode: r.code,
    town: r.names.town,
    title: s.title,
  };
}

const run = (c: Case) =>
  findDuplicateCandidates([record(1, c.a), record(2, c.b)], { regions: gazetteerRegions() });

describe('composed pairs that are one real thing', () => {
  it.each(fixtures.mustMerge.map((c) => [c.why, c] as const))(
    '%s: merged automatically',
    (_why, c) => {
      const r = run(c);
      expect(r.groups).toHaveLength(1);
      expect(r.groups[0]!.score).toBeGreaterThanOrEqual(0.92);
      expect(r.groups[0]!.autoEligible).toBe(true);
      expect(r.groups[0]!.reasons.every((x) => /[\u4e00-\u9fff]/.test(x))).toBe(true);
    },
  );
});

describe('composed pairs that are not', () => {
  it.each(fixtures.mustNotMerge.map((c) => [c.why, c] as const))('%s: never grouped', (_why, c) => {
    const r = run(c);
    expect(r.groups).toEqual([]);
    expect(r.pairs).toEqual([]);
    if (c.related) expect(r.related.map((x) => x.relation)).toEqual([c.related]);
    else expect(r.related).toEqual([]);
  });
});

describe('decisions and thresholds', () => {
  const c = fixtures.mustMerge[0]!;
  it('a pair a person rejected is never proposed again', () => {
    const r = findDuplicateCandidates([record(1, c.a), record(2, c.b)], {
      isRejected: (a, b) => a === 1 && b === 2,
    });
    expect(r.groups).toEqual([]);
  });
  it('groups are cliques: A~B and B~C do not chain A to C', () => {
    const base = {
      kind: 'case',
      programme: 'P',
      year: 2021,
      batch: null,
      regionCode: '330106',
      unitCode: '330106',
      town: null,
    };
    const recs: DedupeRecord[] = [
      { ...base, id: 1, title: '以民生综合体打造社区服务' },
      { ...base, id: 2, title: '以民生综合体打造社区服务体系新样本' },
      { ...base, id: 3, title: '以民生综合体打造社区服务体系新样本与邻里中心建设' },
    ];
    const r = findDuplicateCandidates(recs, { thresholds: { high: 0.92, low: 0.85 } });
    for (const g of r.groups) {
      for (let i = 0; i < g.recordIds.length; i++)
        for (let j = i + 1; j < g.recordIds.length; j++)
          expect(r.pairs.some((p) => p.a === g.recordIds[i] && p.b === g.recordIds[j])).toBe(true);
    }
  });
});

describe('surviving values', () => {
  const cand = (id: number, values: Record<string, string | number | null>, truncated = false) => ({
    id,
    values,
    truncated,
  });
  it('the complete title beats a cut one, content comes from the record that has it, the town inside the county wins', async () => {
    const { chooseSources } = await import('../../../src/main/core/dedupe');
    const cut = cand(
      1,
      { title: '以“民生', content: null, region_code: '441900', unit_code: '441900' },
      true,
    );
    const full = cand(2, {
      title: '以“民生大莞家”推进乡镇政府服务能力提档升级',
      content: '广东省东莞市推出……',
      region_code: '441900',
      unit_code: '441900003',
    });
    const s = chooseSources([cut, full], 1);
    expect(s.title).toBe(2);
    expect(s.content).toBe(2);
    expect(s.region).toBe(2);
    expect(s.seq).toBe(1);
  });
  it('a place in another county never replaces the survivor’s own', async () => {
    const { chooseSources } = await import('../../../src/main/core/dedupe');
    const a = cand(1, { title: 'A', region_code: '320106', unit_code: '320106' });
    const b = cand(2, { title: 'B', region_code: '320214', unit_code: '320214050' });
    expect(chooseSources([a, b], 1).region).toBe(1);
    expect(chooseSources([a, b], 1, { region: 2 }).region).toBe(2); // unless a person says so
  });
});
