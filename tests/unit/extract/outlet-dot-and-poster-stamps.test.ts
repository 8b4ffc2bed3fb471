/**
 * Stamps a reposted story carries: a portal's outlet and day joined by a middle dot
 * ("某某财经·2024-03-05 08:10") names the outlet and dates the story; a forum post's byline
 * (the poster's handle, a dash, the date and time) dates the page; a paper's stamp with the day
 * first ("2021-10-20 16:36  某某日报") names the outlet, not the organs that sign a notice the
 * story reprints below it.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('an outlet and its day joined by a middle dot', () => {
  it('is the issuer and the date of the story', () => {
    const { n } = readResolved(
      [
        '江西3家社会组织获评全国先进社会组织',
        '',
        '某某财经·2024-03-05 08:10',
        '表彰概况',
        '- 江西省共有3家社会组织获得此项荣誉，包括江西省医学会、九江市保险行业协会和赣州市旅游学会',
      ].join('\n'),
    );
    expect(n.metadata.issuer).toBe('某某财经');
    expect(n.metadata.issuedOn).toBe('2024-03-05');
  });
});

describe('a forum post’s byline', () => {
  it('dates the page by the post', () => {
    const { n } = readResolved(
      [
        '拟命名示范县名单',
        '某某县论坛',
        'user2019abc - 2022/7/9 10:05:00',
        '为表彰先进，近日公示了拟命名名单。',
        '九江市濂溪区、赣州市章贡区拟入选。',
      ].join('\n'),
    );
    expect(n.metadata.issuedOn).toBe('2022-07-09');
  });
});

describe('a stamp with the day first and the outlet closing the line', () => {
  it('names the outlet, not the signature of the notice the story reprints', () => {
    const { n } = readResolved(
      [
        '宝鸡4家社区入选2021年全国示范性老年友好型社区',
        '2021-10-20 16:36  宝鸡日报',
        '近日，国家卫生健康委、全国老龄办公布了名单，其中，宝鸡市金台区陈仓镇东岭社区、渭滨区马营镇渭水苑社区榜上有名。',
        '关于命名2021年全国示范性老年友好型社区的通知',
        '现决定命名北京市东城区朝阳门街道新鲜社区等992个社区为2021年全国示范性老年友好型社区。',
        '国家卫生健康委 全国老龄办',
        '2021年10月19日',
      ].join('\n'),
    );
    expect(n.metadata.issuer).toBe('宝鸡日报');
  });
});
