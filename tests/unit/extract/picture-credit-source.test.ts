/**
 * A picture's credit (图片来源：某某) names who made the image, not where the story ran; the
 * story's outlet is its byline's paper, its reporter's name after a colon as after a space.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const story = (lines: string[]) =>
  [
    '点赞!某省1市11县跻身国家农产品质量安全市县!',
    ...lines,
    '农业农村部日前下发通知,命名第二批国家农产品质量安全县(市)。',
    '某省某某市、某某县等11个县榜上有名,总数居全国第二。',
  ].join('\n');

describe("a picture's credit", () => {
  it('is no source; the byline names the outlet', () => {
    const { n } = readResolved(
      story(['某某日报记者:张明海', '图片来源:航拍某省 未经授权请勿转载']),
    );
    expect(n.metadata.issuer).toBe('某某日报');
  });

  it('a source line names the outlet (control)', () => {
    const { n } = readResolved(story(['来源:某某晚报', '图片来源:航拍某省 未经授权请勿转载']));
    expect(n.metadata.issuer).toBe('某某晚报');
  });

  it("a reporter's desk or rank alone names no outlet, before a colon or a space", () => {
    for (const byline of ['全媒体记者:张明海', '特约记者：张明海', '见习记者 张明海'])
      expect(readResolved(story([byline])).n.metadata.issuer).toBeNull();
    // The paper before its rank is the outlet, the rank no part of its name.
    expect(readResolved(story(['某某日报首席记者:张明海'])).n.metadata.issuer).toBe('某某日报');
  });
});
