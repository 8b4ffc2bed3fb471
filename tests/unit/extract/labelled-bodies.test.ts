/**
 * Institutions among the places of a labelled enumeration ("某省：甲区、乙区、某省某某福利院"):
 * each is an entry at the place its name opens with (or at the label's place when it opens with
 * none), its whole name the unit, of its own kind beside the zones, so that two of them at one
 * place stay two; a line holding only a province's name after such groups is a label the copy
 * cut, no entry.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const LEAD =
  '近日，有关部门确定南昌市东湖区等4个区（县、市）和江西省社会福利院等5个单位为试点地区和单位。名单如下：';

describe('institutions in a list by province', () => {
  it('reads each institution at the place its name opens with, beside the areas', () => {
    const { n, codes } = readResolved(
      [
        LEAD,
        '江西省：南昌市东湖区、九江市浔阳区、江西省社会福利院、南昌市救助管理站、红谷滩新区社会工作者协会',
        '安徽省：合肥市蜀山区、芜湖市镜湖区、合肥市儿童福利院、安徽省荣军医院',
        '湖南',
      ].join('\n'),
    );
    expect(codes).toEqual([
      '360102',
      '360403',
      '360000',
      '360100',
      '360000',
      '340104',
      '340202',
      '340100',
      '340000',
    ]);
    const units = n.records.filter((r) => r.unit).map((r) => [r.kind, r.unit]);
    expect(units).toEqual([
      ['other', '江西省社会福利院'],
      ['other', '南昌市救助管理站'],
      ['other', '红谷滩新区社会工作者协会'],
      ['other', '合肥市儿童福利院'],
      ['other', '安徽省荣军医院'],
    ]);
    expect(n.records.every((r) => r.title === '')).toBe(true);
  });

  it('an organ after a unit’s label (a story’s source line) is no entry', () => {
    const { n } = readResolved(
      [
        '青云谱区洪都街道幸福社区：小院议事解难题',
        '2021-05-18 10:12　来源：青云谱区融媒体中心',
        '近日，记者走进青云谱区洪都街道幸福社区，居民代表正在商量停车位改造的事。幸福社区2014年被民政部命名为全国和谐社区建设示范社区。',
      ].join('\n'),
    );
    expect(n.records.map((r) => r.unit ?? '')).not.toContain('青云谱区融媒体中心');
  });
});
