import { describe, expect, it } from 'vitest';
import { resolveRegion } from '../../../src/main/core/gazetteer';

describe('a district written by its first character and 区 after its city', () => {
  it('is the one district of that city opening with that character', () => {
    const r = resolveRegion('呼和浩特市赛区昭乌达路街道春华社区', { asOf: '2020-05-01' });
    expect(r.regionCode).toBe('150105');
  });

  it('leaves a district the city really has under that name alone', () => {
    expect(resolveRegion('阳泉市城区上站街道', { asOf: '2020-05-01' }).regionCode).toBe('140302');
  });

  it('stays at the city when two districts open alike or none does', () => {
    expect(resolveRegion('呼和浩特市乌区某某社区', { asOf: '2020-05-01' }).regionCode).toBe(
      '150100',
    );
  });
});
