/**
 * A zone written bare, then a community, under a notice of one city: the community the
 * city holds in one county only places the line there; a name two counties share keeps the
 * city.
 */
import { describe, expect, it } from 'vitest';
import { resolveRegion } from '../../../src/main/core/gazetteer/index';

describe('a community right after a bare zone word under one city', () => {
  it('is placed in the one county of the city holding it', () => {
    const r = resolveRegion('经开区港龙社区', { context: '江苏省常州市' });
    expect(r.regionCode).toBe('320412');
    expect(r.names.town).toBe('丁堰街道');
    expect(r.note).toContain('功能区');
  });

  it('keeps the city when the name is in two of its counties or none', () => {
    expect(resolveRegion('经开区某某社区', { context: '江苏省常州市' }).regionCode).toBe('320400');
    expect(resolveRegion('经开区东方社区', { context: '江苏省常州市' }).regionCode).toBe('320400');
  });
});
