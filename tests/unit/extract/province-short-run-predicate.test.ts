/**
 * A run of places each written as its province's short name and its own ("重庆南岸、陕西汉中、…
 * 天津河西以及江苏泰州为2018年度…城市"): the division list reads such a name only when nothing
 * follows it, so the run's last names, closed by 以及 or by what the run is said to be (为 and a
 * year, a scope or a batch), are read whole too. 为 before anything else (为民服务, 为主) closes
 * nothing. Composed sentences, real division names.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const HEAD = '某年度健康城市建设评价结果\n';

describe('a run of province + place short names', () => {
  it('reads the last names closed by 以及 and by 为 and a year', () => {
    const text =
      HEAD +
      '据名单显示:重庆南岸、陕西汉中、天津河西以及江苏泰州为2018年度健康城市建设进步最快城市(区)。\n';
    expect(readResolved(text).codes).toEqual(['500108', '610700', '120103', '321200']);
  });

  it('reads the last name closed by 为 and a national scope', () => {
    const text = HEAD + '贵州清镇、河南安阳为全国健康城市建设样板市。\n';
    expect(readResolved(text).codes).toEqual(['520181', '410500']);
  });

  it('leaves 为 that names no list after the last name', () => {
    const text = HEAD + '近年来,贵州清镇、河南安阳为民服务水平明显提升。\n';
    expect(readResolved(text).codes).not.toContain('410500');
  });
});
