/**
 * A county's seat (县城) in a run of a city's towns stands for its county as an entry; it is no
 * label the towns after it lie in. Each town written without a county is placed by its city.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const HEAD = ['2017-2019周期国家卫生乡镇(县城)', '命名名单(江西省)'];

describe('towns after a county seat in a city line', () => {
  it('are read in their own counties, not the seat’s', () => {
    const { n, codes } = readResolved(
      [
        ...HEAD,
        '九江市:永修县城、彭泽县城、湖口县城、罗坪镇、天红镇、码头镇',
        '景德镇市:浮梁县城、洪岩镇、兴田乡、瑶里镇、荷塘乡',
      ].join('\n'),
    );
    const at = (name: string) => codes[n.records.findIndex((r) => r.regionText === name)];
    expect(at('罗坪镇')).toBe('360423');
    expect(at('天红镇')).toBe('360430');
    expect(at('码头镇')).toBe('360481');
    expect(at('洪岩镇')).toBe('360281');
    expect(at('荷塘乡')).toBe('360202');
  });

  it('stay in a county written before them for the run (control)', () => {
    const { n, codes } = readResolved([...HEAD, '九江市:湖口县均桥镇、流泗镇、武山镇'].join('\n'));
    const at = (name: string) => codes[n.records.findIndex((r) => r.regionText === name)];
    expect(at('流泗镇')).toBe('360429');
    expect(at('武山镇')).toBe('360429');
  });
});
