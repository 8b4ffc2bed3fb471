/**
 * A page keeping one city's part of a province's list, the city alone in brackets on the line
 * under the list's name ("…示范创建名单" over "(德州市)"): the lead's examples of the whole
 * province's batch ("寿光市等13个县…") are no entries of the page's part. A total in brackets
 * there ("(共计3个)") names no part, and the examples stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const page = (part: string): string =>
  [
    '德州1县、7个乡镇成功入选',
    '经“各市筛选上报、省级联合审查”,现确定寿光市等13个县(市、区)、长清区文昌街道等108个乡(镇、街)为第二批示范创建单位。',
    '第二批乡村振兴“十百千”工程示范创建名单',
    part,
    '二、示范创建乡(镇、街)',
    '(3个)',
    '乐陵市杨安镇',
    '齐河县祝阿镇',
    '宁津县保店镇',
  ].join('\n');

describe('a city’s part in brackets under the list’s name', () => {
  it('keeps the lead’s province-wide examples out of the entries', () => {
    const { n } = readResolved(page('(德州市)'));
    expect(n.records.map((r) => r.regionText)).toEqual([
      '乐陵市杨安镇',
      '齐河县祝阿镇',
      '宁津县保店镇',
    ]);
  });

  it('leaves the examples where the bracket is a total, no city', () => {
    const { n } = readResolved(page('(共计3个)'));
    expect(n.records.map((r) => r.regionText).slice(0, 2)).toEqual(['寿光市', '长清区文昌街道']);
  });
});
