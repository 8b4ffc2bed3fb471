/**
 * A page's publisher label (发布者:某某总站) names the organ that posted the item, as 发布单位
 * does, its name glued to the next field (点击数:31); a person posting is no organ (control).
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const issuer = (lines: string[]): string | null => readResolved(lines.join('\n')).n.metadata.issuer;

const item = (info: string) => [
  '以评促优 蓄力前行——某区社工总站开展社工站项目中期评估工作',
  info,
  '为全面检验某区社工站项目阶段性实施成效,某区社工总站于1月20日至23日开展全区街道社工站中期评估工作。',
  '评估组重点围绕行政管理、财务管理、服务执行与产出展开全方位评估。',
];

describe('a publisher label on the info line', () => {
  it('names the organ that posted the item, its glued field cut off', () => {
    expect(
      issuer(item('发布者:某区社工服务总站点击数:31发布时间: 2026-01-26 字体：[大 中 小]')),
    ).toBe('某区社工服务总站');
  });

  it('control: a person posting names no issuer', () => {
    expect(issuer(item('发布者:张三点击数:31发布时间: 2026-01-26 字体：[大 中 小]'))).toBeNull();
  });
});
