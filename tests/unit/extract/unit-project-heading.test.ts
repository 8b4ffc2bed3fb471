/**
 * A heading over a listed unit's progress names the unit's project ("上城始版桥社区项目" after 上城始版桥
 * 社区 in the list): the same unit, one record. Another unit's project stays its own.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const page = (heading: string) =>
  [
    '全省首批24个试点中我市的2个项目均已开工',
    '截至目前,全省首批24个未来社区试点中,我市的2个项目均已开工,分别为上城始版桥社区、拱墅瓜山社区。',
    heading,
    '目前进展情况:安置房正开展地下室施工。',
  ].join('\n');

const places = (text: string) =>
  readResolved(text).n.records.map((r) => r.unit ?? r.regionText ?? '');

describe('a heading naming a listed unit’s project', () => {
  it('is the listed unit', () => {
    const listed = places(page('上城始版桥社区项目'));
    expect(listed.filter((p) => p.includes('始版桥'))).toHaveLength(1);
  });

  it('leaves another unit’s project its own (control)', () => {
    const listed = places(page('上城望江社区项目'));
    expect(listed.filter((p) => p.includes('始版桥'))).toHaveLength(1);
    expect(listed.some((p) => p.includes('瓜山'))).toBe(true);
  });
});
