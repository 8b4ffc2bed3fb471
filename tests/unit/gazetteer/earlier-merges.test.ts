/**
 * Districts merged into another within the gb2260 revisions (塘沽区, 汉沽区, 大港区 → 滨海新区
 * in 2009; 崇文区 → 东城区 in 2010) had no successor: a name diff cannot see a merge. Measured on
 * the real corpus imported into one ledger, 大港区 written under its old code and under today's
 * were never one place, and a township written under the old district (大港区古林街道) was not
 * found. The curated merges give them today's unit; a merged district is still not the one it
 * went into (no untitled link to 滨海新区's own record), while one renamed whole (绍兴县 →
 * 柯桥区) is.
 */
import { describe, expect, it } from 'vitest';
import { gazetteerRegions } from '../../../src/main/core/dedupe';
import { resolveRegion } from '../../../src/main/core/gazetteer';
import { runPair as run, untitledRecord } from '../../support/untitled-pair';

describe('a district merged into another within the revisions', () => {
  it('has today’s unit as its successor', () => {
    const map = gazetteerRegions();
    expect(map('120109')).toEqual(['120116']);
    expect(map('110103')).toEqual(['110101']);
    expect(map.renamedWhole?.('120109')).toBe(false);
    expect(map('330621')).toEqual(['330603']);
    expect(map.renamedWhole?.('330621')).toBe(true);
  });

  it('finds a township written under the old district, and names today’s unit', () => {
    const r = resolveRegion('天津市大港区古林街道', { asOf: '2014-06-01' });
    expect(r.regionCode).toBe('120109');
    expect(r.names.town).toBe('古林街道');
    expect(r.note).toContain('滨海新区');
  });
});

describe('linking across the merge', () => {
  const old = (id: number) =>
    untitledRecord(id, '国家可持续发展实验区', '天津市大港区', { kind: 'zone', year: 2014 });

  it('is no link between the old district and the one it went into (control)', () => {
    const now = untitledRecord(2, '全国城市一刻钟便民生活圈试点', '天津市滨海新区');
    expect(run(old(1), now).related).toEqual([]);
  });

  it('links a county renamed whole to today’s county in another programme', () => {
    const before = untitledRecord(1, '国家可持续发展实验区', '浙江省绍兴县', { kind: 'zone' });
    const after = untitledRecord(2, '全国城市一刻钟便民生活圈试点', '浙江省绍兴市柯桥区');
    expect(before.regionCode).toBe('330621');
    expect(run(before, after).related.map((r) => r.relation)).toEqual(['renamed']);
  });
});
