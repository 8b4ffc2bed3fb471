/** The numbering-gap warning names the missing items the way staff count them. */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const gap = (text: string) =>
  readResolved(text).n.warnings.find((w) => w.code === 'numbering_gap')?.message;

describe('numbering gap message', () => {
  it('one missing item is named alone, not as a range from it to itself', () => {
    const text = [
      '关于确认某省社区治理创新实验区的通知',
      '经研究，确认以下单位为实验区：',
      '1.杭州市上城区',
      '2.杭州市拱墅区',
      '4.杭州市滨江区',
    ].join('\n');
    expect(gap(text)).toBe('序号缺少第3项');
  });

  it('a run of missing items is named by its first and last', () => {
    const text = [
      '关于确认某省社区治理创新实验区的通知',
      '经研究，确认以下单位为实验区：',
      '1.杭州市上城区',
      '2.杭州市拱墅区',
      '5.杭州市滨江区',
    ].join('\n');
    expect(gap(text)).toBe('序号缺少第3至4项');
  });
});
