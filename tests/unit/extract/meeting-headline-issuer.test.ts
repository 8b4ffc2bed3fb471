/**
 * A headline naming a meeting ends in 会 as an association does (某某项目评审会, 某某工作推进会):
 * set twice at the top of a page (its title and its heading), it is no organ above the title,
 * and the item's issuer is its source line's outlet. An association's name above a title is
 * still the issuer (control).
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const issuer = (lines: string[]): string | null => readResolved(lines.join('\n')).n.metadata.issuer;

describe('a meeting named by a headline set twice', () => {
  it("takes the source line's outlet, not the meeting", () => {
    expect(
      issuer([
        '江夏经济开发区普安社区微公益创投大赛项目评审会',
        '江夏经济开发区普安社区微公益创投大赛项目评审会',
        '2024-05-03 07:47:30',
        '来源:今日湖北',
        '本网讯(通讯员:张婷)4月30日,普安社区第二届微公益创投大赛项目评审会在社区会议室成功举行。',
      ]),
    ).toBe('今日湖北');
  });

  it('still takes an association above the title (control)', () => {
    expect(
      issuer([
        '某某市社会工作协会',
        '关于开展2031年度优秀社会工作案例征集的通知',
        '各会员单位:',
        '现将有关事项通知如下。',
      ]),
    ).toBe('某某市社会工作协会');
  });
});
