/**
 * A portal's channel name alone on a line above its breadcrumb ("南通" over "首页>地方频道>南通>
 * 要闻") is the site's furniture, no entry beside the headline's unit. A place alone on a line
 * that no breadcrumb repeats is read as before (control).
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const regions = (lines: string[]) =>
  readResolved(lines.join('\n')).n.records.map((r) => r.regionText);

const story = [
  '近日，国家卫生健康委员会、全国老龄工作委员会办公室发布《关于命名2023年全国示范性老年友好型社区的通知》，南通市通州区先锋街道花园村获评2023年全国示范性老年友好型社区。',
  '近年来，通州区积极开展老年友好型社区创建，完善公共基础设施建设。',
];

describe('a channel name over its breadcrumb', () => {
  it('is no entry', () => {
    const got = regions([
      '通州区先锋街道花园村获评2023年全国示范性老年友好型社区',
      '南通',
      '首页>地方频道>南通>要闻',
      '通州区先锋街道花园村获评2023年全国示范性老年友好型社区',
      ...story,
    ]);
    expect(got).not.toContain('南通');
    expect(got.length).toBeGreaterThan(0);
  });

  it('the same line over a breadcrumb naming another channel is kept as it was (control)', () => {
    const got = regions([
      '通州区先锋街道花园村获评2023年全国示范性老年友好型社区',
      '南通',
      '首页>地方频道>扬州>要闻',
      '通州区先锋街道花园村获评2023年全国示范性老年友好型社区',
      ...story,
    ]);
    expect(got).toContain('南通');
  });

  it('the last of a column of places one per line, a breadcrumb below naming it, stays', () => {
    const got = regions(['示范县名单', '海安市', '如皋市', '启东市', '首页>地方频道>启东市>要闻']);
    expect(got).toEqual(['海安市', '如皋市', '启东市']);
  });
});
