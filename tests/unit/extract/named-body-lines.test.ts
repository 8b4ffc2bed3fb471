/**
 * A list one line per organisation or facility named after its place ("某市保险行业协会",
 * "某区某公园志愿服务驿站"): each line is an entry at its place, with no title; an
 * organisation's line over a date signs the notice and is none.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('lines naming an organisation or a facility after its place', () => {
  it('reads each line as an entry at the place it opens with', () => {
    const { n, codes } = readResolved(
      [
        '首批示范点名单',
        '具体名单公布如下：',
        '南昌市西湖区朝阳公园志愿服务驿站',
        '九江市保险行业协会',
        '赣州市章贡区老年人服务中心',
      ].join('\n'),
    );
    expect(n.records.map((r) => r.title)).toEqual(['', '', '']);
    expect(codes).toEqual(['360103', '360400', '360702']);
  });

  it('reads a village’s courtyard home or care home among communities, and no issuer in it', () => {
    const { n, codes } = readResolved(
      [
        '本市两个村（社区）入选示范性老年友好型社区',
        '分别为：',
        '九江市武宁县宋溪镇山口村委会颐康大院',
        '九江市濂溪区十里街道莲花社区',
      ].join('\n'),
    );
    expect(n.metadata.issuer).toBe(null);
    expect(n.records.map((r) => r.title)).toEqual(['', '']);
    expect(codes).toEqual(['360423', '360402']);
  });

  it('says a line whose place is not written in full, and reads on past it', () => {
    const { n, codes, warned } = readResolved(
      [
        '示范点名单如下：',
        '南昌市西湖区朝阳公园志愿服务驿站',
        '火车西站志愿服务驿站',
        '九江市保险行业协会',
      ].join('\n'),
    );
    expect(n.records).toHaveLength(2);
    expect(codes).toEqual(['360103', '360400']);
    expect(warned).toContain('unread_list');
  });

  it('leaves the organisation signing above the date out of the list', () => {
    const { n } = readResolved(
      [
        '关于公布示范社区的通知',
        '名单如下：',
        '南昌市西湖区朝阳洲街道朝阳社区',
        '九江市濂溪区十里街道十里社区',
        '江西省社会组织服务中心',
        '2024年3月1日',
      ].join('\n'),
    );
    expect(n.records).toHaveLength(2);
  });

  it('says such lines when no heading announces them, never drops them in silence', () => {
    const { warned } = readResolved(
      [
        '我省有3家社会组织入选全国先进社会组织。',
        'http://www.example.org/bulletin?id=1',
        '九江市保险行业协会',
        '南昌市教育基金会',
        '赣州市旅游学会',
      ].join('\n'),
    );
    expect(warned).toContain('unread_list');
  });
});
