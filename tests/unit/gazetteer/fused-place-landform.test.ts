/**
 * An establishment named after the place it lies in, the place written short in front
 * (gazetteer/fused-place-name.ts): a short name going on into a mountain's, lake's or island's
 * (长白山…) is no place of the shorter name, and a township's name written bare that is a
 * landform's (鉴湖 for 鉴湖街道, a lake) places nothing inside a whole province; under a city it
 * still does, another township's stem still does (转塘), and a county written short before the
 * establishment's own words is still its county.
 */
import { describe, expect, it } from 'vitest';
import { resolveRegion } from '../../../src/main/core/gazetteer';

const inContext = (text: string, context: string) =>
  resolveRegion(text, { asOf: '2022-12-01', context }).regionCode;

describe('a place written short in front of an establishment’s name', () => {
  it('is no county when the name goes on into a landform', () => {
    expect(inContext('长白山华美胜地旅游度假区', '吉林省')).toBeNull();
    expect(inContext('长白华美胜地旅游度假区', '吉林省')).toBe('220623');
  });

  it('is still the county when a township’s or a scenic spot’s own name opens with a river’s word', () => {
    expect(inContext('奉化溪口景区', '浙江省')).toBe('330213');
    expect(inContext('江山江郎山景区', '浙江省')).toBe('330881');
  });

  it('a township’s bare name that is a lake’s places it under a city, never in a whole province', () => {
    expect(inContext('鉴湖旅游度假区', '浙江省')).toBeNull();
    expect(inContext('转塘艺术小镇', '浙江省')).toBe('330106');
    // a town named for its township, the township's name ending in a river's word, is no resort
    expect(inContext('施河智教乐享小镇', '江苏省')).toBe('320803');
    expect(inContext('鉴湖旅游度假区', '绍兴市')).toBe('330602');
    expect(inContext('上城玉皇山南基金小镇', '杭州市')).toBe('330102');
  });
});
