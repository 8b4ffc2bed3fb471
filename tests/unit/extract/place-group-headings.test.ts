/**
 * A list grouped under numbered place headings that count their group
 * ("一、北京市（3个）" over bare lines "房山区长沟镇"): the heading places and counts its
 * group; it is never an entry of its own.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const read = (lines: string[]) => readResolved(lines.join('\n'));

describe('numbered place headings over bare lines', () => {
  it('places the lines under each heading and makes no record of the heading', () => {
    const { n, codes, warned } = read([
      '附件：第一批特色乡镇名单',
      '',
      '一、北京市（3个）',
      '房山区长沟镇',
      '昌平区小汤山镇',
      '密云区古北口镇',
      '二、天津市（2个）',
      '武清区崔黄口镇',
      '滨海新区中塘镇',
    ]);
    expect(n.records.map((r) => r.regionText)).toEqual([
      '房山区长沟镇',
      '昌平区小汤山镇',
      '密云区古北口镇',
      '武清区崔黄口镇',
      '滨海新区中塘镇',
    ]);
    expect(codes).toEqual(['110111', '110114', '110118', '120114', '120116']);
    expect(warned).not.toContain('count_mismatch');
  });

  it('a heading whose group falls short of its count says so', () => {
    const { n, warned } = read([
      '附件：特色乡镇名单',
      '（一）河北省（3个）',
      '秦皇岛市卢龙县石门镇',
      '保定市高阳县庞口镇',
      '（二）山西省（1个）',
      '晋中市昔阳县大寨镇',
    ]);
    expect(n.records).toHaveLength(3);
    expect(n.records.some((r) => /（/.test(r.regionText ?? ''))).toBe(false);
    expect(warned).toContain('count_mismatch');
  });
});
