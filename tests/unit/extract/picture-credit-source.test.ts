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
});
