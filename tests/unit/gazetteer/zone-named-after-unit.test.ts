/**
 * A zone named after the division it lies in, with a place below it written after the zone:
 * the district's or township's own word in place of the zone word has to find that place,
 * and the division answers. A scenic area's committee written between the city and a
 * township stands where a new area would.
 */
import { describe, expect, it } from 'vitest';
import { resolveRegion } from '../../../src/main/core/gazetteer/index';

describe('a zone named after its district, after its city', () => {
  it('places the community after it in that district', () => {
    const r = resolveRegion('常州市天宁经济开发区水岸社区');
    expect(r.regionCode).toBe('320402');
    expect(r.note).toContain('天宁区');
  });

  it('reads 经济开发区 as one zone word, with the city short or left to the context', () => {
    expect(resolveRegion('常州天宁经济开发区水岸社区').regionCode).toBe('320402');
    expect(resolveRegion('天宁经济开发区水岸社区', { context: '江苏省常州市' }).regionCode).toBe(
      '320402',
    );
  });

  it('keeps the city when the stem names no district holding the place', () => {
    expect(resolveRegion('常州市某某经济开发区水岸社区').regionCode).toBe('320400');
  });
});

describe('a zone named after the street it grew from', () => {
  it('places the community in that street’s district', () => {
    const r = resolveRegion('丁堰开发区港龙社区', { context: '江苏省常州市' });
    expect(r.regionCode).toBe('320412');
    expect(r.names.town).toBe('丁堰街道');
  });

  it('needs a community of that street after it', () => {
    expect(resolveRegion('丁堰开发区某某社区', { context: '江苏省常州市' }).regionCode).toBeNull();
  });
});

describe('a scenic area’s committee between the city and a township', () => {
  it('places the township in the one county of the city holding it', () => {
    expect(resolveRegion('常州市某某风景区管理委员会雪堰镇某某村').regionCode).toBe('320412');
    expect(resolveRegion('常州市某某旅游度假区雪堰镇').regionCode).toBe('320412');
  });
});
