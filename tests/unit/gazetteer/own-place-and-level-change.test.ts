/**
 * Words naming the notice's own place ("我县", "本市") are no county, and a township keeps
 * the level word of the notice's day after it changed level (撤镇设街道).
 */
import { describe, expect, it } from 'vitest';
import { resolveRegion } from '../../../src/main/core/gazetteer';

describe("words naming the notice's own place", () => {
  it('are skipped, not read as a county one character off (我县 is no 赣县)', () => {
    const r = resolveRegion('我县姑塘镇', { asOf: '2019-05-01', context: '江西省' });
    expect(r.code).toBe('360402100');
    expect(r.regionCode).toBe('360402');
  });

  it('leave nothing to resolve when they are all the text says', () => {
    expect(resolveRegion('本市', { asOf: '2019-05-01', context: '江西省' }).code).toBeNull();
  });

  it('do not touch a real name that begins the same way (本溪市)', () => {
    expect(resolveRegion('本溪市', { asOf: '2019-05-01' }).code).toBe('210500');
  });
});

describe('a township written with its former level word', () => {
  it('is the same-named township of the county today, and the note says so', () => {
    const r = resolveRegion('营前镇', { asOf: '2019-05-01', context: '福建省福州市长乐区' });
    expect(r.code).toBe('350112003');
    expect(r.note).toContain('今为「营前街道」');
  });

  it('carries on to the village after it', () => {
    expect(resolveRegion('长乐区营前镇营江社区', { asOf: '2019-05-01' }).code).toBe('350112003005');
  });

  it('is only read upwards: a 街道 where the codes have a 镇 is no older name of it', () => {
    expect(resolveRegion('长乐区首占街道', { asOf: '2019-05-01' }).code).toBe('350112');
  });

  it('never beats a township written exactly (龙凤镇 and 龙凤街道 both exist)', () => {
    expect(resolveRegion('大庆市龙凤区龙凤镇').code).toBe('230603100');
    expect(resolveRegion('大庆市龙凤区龙凤街道').code).toBe('230603014');
  });
});
