/**
 * Parks listed after their region's name with a banner or city written short between
 * ("内蒙古陈巴尔虎陶海国家湿地公园", "内蒙古扎兰屯秀水国家湿地公园") or after the region alone, their
 * own name written by its sound with 和 inside it ("内蒙古莫和尔图国家湿地公园"): the short place
 * read after the region is the park's place, the rest its title, and a 和 inside a name joins no
 * second place. Controls: a 和 before a second place still splits two entries; a park after the
 * region alone stays at the region.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';
import { unitAfterPlace } from '../../../src/main/core/import/extract/named-sites';

const HEAD = '44处国家湿地公园通过验收 内蒙古有4处\n这4处分别是:';

describe('parks after their region, a banner written short between', () => {
  it('lie in the banner, titled by their own names', () => {
    const { n, codes } = readResolved(
      HEAD +
        '内蒙古莫和尔图国家湿地公园、内蒙古陈巴尔虎陶海国家湿地公园、' +
        '内蒙古扎兰屯秀水国家湿地公园、内蒙古南木雅克河国家湿地公园。\n',
    );
    expect(codes).toEqual(['150000', '150725', '150783', '150000']);
    expect(n.records.map((r) => r.title)).toEqual([
      '莫和尔图国家湿地公园',
      '陶海国家湿地公园',
      '秀水国家湿地公园',
      '南木雅克河国家湿地公园',
    ]);
  });

  it('a 和 after a mountain or a lake joins two sites sharing one site word', () => {
    // "黄山和九华山风景区": two spots, not one named 黄山和九华山; a name by its sound stays one.
    expect(unitAfterPlace('黄山和九华山风景区入选')).toBeNull();
    expect(unitAfterPlace('沙湖和沙坡头景区被摘牌')).toBeNull();
    expect(unitAfterPlace('莫和尔图国家湿地公园')?.[0]).toBe('莫和尔图国家湿地公园');
  });

  it('a 和 before a second place still joins two entries', () => {
    const { codes } = readResolved(
      '国家湿地公园通过验收\n' +
        '湖北浠水策湖国家湿地公园和湖北省咸宁市向阳湖国家湿地公园通过验收。\n',
    );
    expect(codes).toEqual(['421125', '421200']);
  });
});
