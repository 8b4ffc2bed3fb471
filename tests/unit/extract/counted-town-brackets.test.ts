/**
 * A county's own pilots named bare in brackets after their count and kind, inside one sentence
 * of a meeting's news, placed in the county the headline names: each bracket's names as many as
 * its count, a village after 、 or ； carrying the township before it. A level note in brackets
 * and the stops of a visit are no entries.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const HEADLINE = '浦北县召开2021年农村社区治理试点工作推进会';

describe('pilots named bare in brackets after their count', () => {
  it('reads every township, village and community of the sentence in the headline’s county', () => {
    const { n, codes } = readResolved(
      [
        HEADLINE,
        '会上，县民政局负责同志介绍，今年我县申报创建1个城乡社区协商机制试点（泉新社区）、2个乡村治理试点村（安石镇平山村、张黄镇新桥村）和2个试点镇（安石镇、大成镇）及3个试点村（安石镇六江村、禁山村；大成镇金街村）等试点单位。',
      ].join('\n'),
    );
    expect(n.records.map((r) => r.regionText)).toEqual([
      '泉新社区',
      '安石镇平山村',
      '张黄镇新桥村',
      '安石镇',
      '大成镇',
      '安石镇六江村',
      '安石镇禁山村',
      '大成镇金街村',
    ]);
    expect(new Set(codes)).toEqual(new Set(['450722']));
  });

  it('reads nothing from a level note or the stops of a visit', () => {
    const { n } = readResolved(
      [
        HEADLINE,
        '安石、大成等镇分管领导和7个试点村（社区）的支部书记参加会议。',
        '会后，与会人员走访了2个试点村（安石镇平山村、张黄镇新桥村）。',
      ].join('\n'),
    );
    expect(n.records).toEqual([]);
  });
});
