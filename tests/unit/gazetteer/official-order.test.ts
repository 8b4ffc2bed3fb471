import { describe, expect, it } from 'vitest';
import { compareOfficialOrder } from '../../../src/main/core/gazetteer/official-order';

describe('compareOfficialOrder', () => {
  it('orders by division code, 兵团 after the provinces, null last', () => {
    const codes = [
      null,
      '660000',
      '650102',
      '110105',
      '320113002',
      '320113',
      '320114',
      '110000',
      '540000',
      '320113002001',
    ];
    expect([...codes].sort(compareOfficialOrder)).toEqual([
      '110000',
      '110105',
      '320113',
      '320113002',
      '320113002001',
      '320114',
      '540000',
      '650102',
      '660000',
      null,
    ]);
  });
  it('puts a parent before its children and is symmetric', () => {
    expect(compareOfficialOrder('320100', '320113')).toBeLessThan(0);
    expect(compareOfficialOrder('320113', '320113000')).toBeLessThan(0);
    expect(compareOfficialOrder('320113', '320100')).toBeGreaterThan(0);
    expect(compareOfficialOrder(null, null)).toBe(0);
    expect(compareOfficialOrder('', null)).toBe(0);
    expect(compareOfficialOrder('660000', '659001')).toBeGreaterThan(0);
  });
});
