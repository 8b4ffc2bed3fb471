/**
 * Look-alikes of the sanctioned sites and the bare scenic areas after a short place: places an
 * inspection looked at, with a sanction for others after a second 对 ("对A、B进行督导，对工作不力
 * 的予以通报批评"), are no sanction's objects; a company named after its province and city
 * (湖南长沙银行) in a run closed as scenic areas is no area.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';
import { reportsSanction } from '../../../src/main/core/import/extract/sanctioned-objects';

describe('a sanction after a second 对 falls on others', () => {
  it('inspected or praised places are no objects of it', () => {
    expect(
      reportsSanction(
        '对北京市东城区、天津市和平区等8个区进行了实地督导，对工作不力的将予以通报批评。',
      ),
    ).toBe(false);
    expect(
      reportsSanction(
        '对杭州市西湖区、宁波市鄞州区等10个单位予以通报表扬，对工作滞后的给予通报批评。',
      ),
    ).toBe(false);
  });

  it('one object sanctioned after a check of it still is', () => {
    expect(reportsSanction('对甲景区、乙景区进行了复核，给予严重警告')).toBe(true);
    expect(reportsSanction('针对甲景区、乙景区存在的问题，给予通报批评')).toBe(true);
  });
});

describe('a company after a short province and city', () => {
  it('is no scenic area of the run', () => {
    const { n, codes } = readResolved(
      ['5A级景区被摘牌', '撤销重庆南川神龙峡、湖南长沙银行的5A级景区资格。'].join('\n'),
    );
    expect(n.records.map((r) => r.title)).toEqual(['神龙峡']);
    expect(codes).toEqual(['500119']);
  });
});
