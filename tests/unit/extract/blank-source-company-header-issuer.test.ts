/**
 * A page template's blank source (信息来源: 暂无) names no one, and a firm's own name heading its
 * site ("某某科技有限公司官网") is no organ: the item's issuer is what its source line names.
 * An organ on the source line, or an organ's name above the title, is still the issuer
 * (controls).
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const issuer = (lines: string[]): string | null => readResolved(lines.join('\n')).n.metadata.issuer;

describe('a blank source and a firm heading its site', () => {
  it('takes no issuer from 信息来源: 暂无', () => {
    expect(
      issuer([
        '2031年度某某实验区工作报告',
        '信息来源: 暂无 发布日期: 2032-09-25 浏览次数:',
        '截至2031年底,实验区数量为157个。',
      ]),
    ).toBeNull();
  });

  it('still takes an organ from the source line (control)', () => {
    expect(
      issuer([
        '某某实验区工作推进情况',
        '信息来源: 市民政局 发布日期: 2032-09-25 浏览次数:',
        '截至2031年底,实验区数量为15个。',
      ]),
    ).toBe('市民政局');
  });

  it("takes the source line's name, not the firm heading the site", () => {
    expect(
      issuer([
        '某某检测中心(中国百科)有限公司官网',
        '省级特色小镇复检小组到某某小镇进行2031年度考核复检',
        '发布日期:2032/04/23 来源:技术前期部 查看:1764',
        '111.jpg',
        '4月20日上午,省住建厅相关负责人一行6人到某某小镇开展2031年度省级特色小镇考核复检工作。公司总经理陪同。',
      ]),
    ).toBe('技术前期部');
  });

  it('still takes an organ printed above the title (control)', () => {
    expect(
      issuer([
        '某某市民政局',
        '关于做好2032年度实验区工作的通知',
        '各区民政局:',
        '现将有关事项通知如下。',
      ]),
    ).toBe('某某市民政局');
  });
});
