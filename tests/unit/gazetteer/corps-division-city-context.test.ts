/**
 * A context that is the city a corps division runs (双河市 for 第五师): the corps units a list
 * writes after it the way the corps' papers do (七师一二九团, a regiment alone) are the corps',
 * placed at their own division's city, never at the context's city by default.
 */
import { describe, expect, it } from 'vitest';
import { resolveRegion } from '../../../src/main/core/gazetteer';

describe("a corps unit written short under a division's city", () => {
  it("is read at its own division's city", () => {
    const r = resolveRegion('七师一二九团', {
      asOf: '2022-03-01',
      context: '新疆维吾尔自治区双河市',
    });
    expect(r.regionCode).toBe('659010');
  });

  it("takes the context city's division when it names none", () => {
    const r = resolveRegion('八十七团', { asOf: '2022-03-01', context: '新疆维吾尔自治区双河市' });
    expect(r.regionCode).toBe('659007');
    expect(r.note).toContain('第五师');
  });

  it('is no corps unit under an ordinary city of the region', () => {
    const r = resolveRegion('七师一二九团', {
      asOf: '2022-03-01',
      context: '新疆维吾尔自治区昌吉市',
    });
    expect(r.regionCode).not.toBe('659010');
    expect(r.note ?? '').not.toContain('兵团');
  });
});
