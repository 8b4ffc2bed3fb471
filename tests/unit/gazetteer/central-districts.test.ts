import { describe, expect, it } from 'vitest';
import { resolveRegion } from '../../../src/main/core/gazetteer';

describe('a city’s central districts named as one group (主城九区, 主城区)', () => {
  it('answers with the municipality the context or the text names', () => {
    expect(resolveRegion('主城九区', { asOf: '2019-06-05', context: '重庆市' }).regionCode).toBe(
      '500000',
    );
    expect(resolveRegion('主城九區', { asOf: '2019-06-05', context: '重慶市' }).regionCode).toBe(
      '500000',
    );
    expect(resolveRegion('重庆市主城九区', { asOf: '2019-06-05' }).regionCode).toBe('500000');
  });

  it('answers with a city written before it, with a note to check', () => {
    const r = resolveRegion('昆明市主城区', { asOf: '2019-06-05' });
    expect(r.regionCode).toBe('530100');
    expect(r.note).toContain('统称');
  });

  it('guesses nothing without a city or under a province', () => {
    expect(resolveRegion('主城区', { asOf: '2019-06-05' }).regionCode).toBeNull();
    expect(
      resolveRegion('主城区', { asOf: '2019-06-05', context: '江苏省' }).regionCode,
    ).toBeNull();
  });
});
