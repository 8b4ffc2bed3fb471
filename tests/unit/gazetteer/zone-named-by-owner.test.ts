/**
 * A township-level statistical zone (NBS 类似乡级单位) whose name begins with the name of the
 * county holding it ("张家港经济技术开发区" in 张家港市) says where it lies, with no context;
 * an ordinary township written alone still needs one.
 */
import { describe, expect, it } from 'vitest';
import { resolveRegion } from '../../../src/main/core/gazetteer';
import { splitRegionPrefix } from '../../../src/main/core/gazetteer/split-prefix';

describe('a zone of township level named by its own county', () => {
  it('resolves to that county with no context, the village after it included in the text', () => {
    const r = resolveRegion('张家港经济技术开发区善港村', { asOf: '2021-11-11' });
    expect(r.regionCode).toBe('320582');
    expect(r.names.town).toBe('张家港经济技术开发区');
    expect(splitRegionPrefix('张家港经济技术开发区善港村').region).toBe('张家港经济技术开发区');
  });

  it('is the same place when the county is written in front of it', () => {
    expect(resolveRegion('张家港市张家港经济技术开发区善港村').regionCode).toBe('320582');
  });

  it('never finds a real township by its name alone nationwide', () => {
    expect(resolveRegion('玉山镇', { asOf: '2021-11-11' }).regionCode).toBeNull();
    expect(resolveRegion('桐城街道', { asOf: '2021-11-11' }).regionCode).toBeNull();
  });
});
