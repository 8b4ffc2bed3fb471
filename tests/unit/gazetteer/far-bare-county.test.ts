import { describe, expect, it } from 'vitest';
import { resolveRegion } from '../../../src/main/core/gazetteer';

describe("a county written bare under one city's context, found only in another province", () => {
  it('is given no code: a namesake of the notice, not the far county', () => {
    const r = resolveRegion('沈丘县', { asOf: '2020-09-05', context: '安徽省六安市' });
    expect(r.code).toBeNull();
    expect(r.candidates.map((c) => c.code)).toContain('411624');
    expect(resolveRegion('信州', { context: '山东省德州市' }).code).toBeNull();
  });

  it('written after its province or city, the far county is meant', () => {
    expect(resolveRegion('河南省周口市沈丘县', { context: '安徽省六安市' }).code).toBe('411624');
    expect(resolveRegion('周口沈丘县', { context: '安徽省六安市' }).code).toBe('411624');
  });

  it("a province's context, no context, or a county inside the province still answers", () => {
    expect(resolveRegion('沈丘县', { context: '安徽省' }).code).toBe('411624');
    expect(resolveRegion('沈丘县').code).toBe('411624');
    expect(resolveRegion('霍邱县', { context: '安徽省阜阳市' }).code).toBe('341522');
  });
});
