import { describe, expect, it } from 'vitest';
import { resolveRegion } from '../../../src/main/core/gazetteer/index';
import { readCases, type RegionCase } from './fixture-cases';

function check(c: RegionCase): void {
  const previous = c.previous ? resolveRegion(c.previous, { context: c.context }) : undefined;
  const r = resolveRegion(c.text, { asOf: c.asOf, context: c.context, previous });
  const where = `${c.text} [${c.pattern}] → ${r.code} ${r.note}`;
  expect(r.code, where).toBe(c.code);
  if (c.level) expect(r.level, where).toBe(c.level);
  if (c.regionCode) expect(r.regionCode, where).toBe(c.regionCode);
  if (c.current) expect(r.current?.code, where).toBe(c.current);
  if (c.candidates)
    expect(
      r.candidates.map((x) => x.code),
      where,
    ).toEqual(expect.arrayContaining(c.candidates));
  expect(typeof r.note).toBe('string');
}

describe('resolveRegion: region-string patterns (tests/fixtures/regions/patterns.json)', () => {
  for (const c of readCases('patterns.json'))
    it(`${c.pattern}: ${c.text || '(empty)'}`, () => check(c));
});

describe('resolveRegion: rows composed from NBS data (generated-from-nbs.json)', () => {
  for (const c of readCases('generated-from-nbs.json'))
    it(`${c.pattern}: ${c.text}`, () => check(c));
});

describe('resolveRegion: shape', () => {
  it('fills names at each level and keeps the input text', () => {
    const r = resolveRegion('江苏省南京市栖霞区马群街道', { asOf: '2020-12-31' });
    expect(r.text).toBe('江苏省南京市栖霞区马群街道');
    expect(r.asOf).toBe('2020-12-31');
    expect(r.names).toEqual({
      province: '江苏省',
      city: '南京市',
      county: '栖霞区',
      town: '马群街道',
      village: null,
    });
    expect(r.current).toBeNull();
  });
  it('ranks candidates with scores when ambiguous', () => {
    const r = resolveRegion('鼓楼区');
    expect(r.code).toBeNull();
    expect(r.candidates.length).toBe(4);
    expect(r.note).toContain('歧义');
    for (const c of r.candidates) expect(c.score).toBeGreaterThan(0);
  });
  it('names the successors of a historical unit in the note', () => {
    const r = resolveRegion('杭州市江干区', { asOf: '2019-03-25' });
    expect(r.note).toContain('上城区');
    expect(r.note).toContain('钱塘区');
  });
});
