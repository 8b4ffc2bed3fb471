/**
 * A pilot turned regular ("经过验收，成功“转正”") passed its acceptance; the group may be counted a
 * clause or two before its verdict ("我省共有3家试点单位，经过验收，成功“转正”。这3家试点单位分别是：
 * …"), and the list pointing back to it takes the pass. Controls: the programme's rule (期满后才能
 * 转为“正式”, 方可转正) passes no one, and a verdict on no counted group gives none.
 */
import { describe, expect, it } from 'vitest';
import { outcomeIn } from '../../../src/main/core/import/extract/outcomes';
import { readResolved } from './helpers';

const page = (lead: string) =>
  readResolved(
    [
      '湖北3家国家湿地公园试点转正',
      `湖北日报讯 12月27日，国家林业和草原局发布《2019年试点国家湿地公园验收情况》，${lead}`,
      '这3家试点单位分别是：咸宁向阳湖国家湿地公园、安陆府河国家湿地公园、五峰百溪河国家湿地公园。',
    ].join('\n'),
  ).n.records.map((r) => r.outcome?.status ?? null);

describe('a pilot turned regular', () => {
  it('passed its acceptance, the group counted before its verdict', () => {
    expect(outcomeIn('经过验收，成功“转正”')).toEqual({ status: '已验收' });
    expect(page('我省共有3家试点单位，经过验收，成功“转正”。')).toEqual([
      '已验收',
      '已验收',
      '已验收',
    ]);
  });

  it('not as the programme rule, nor with no counted group', () => {
    expect(outcomeIn('试点建设期满后，才能转为“正式”')).toBeNull();
    expect(outcomeIn('试点期满经验收合格的方可转正')).toBeNull();
    // a pilot that did not turn regular passed nothing
    expect(outcomeIn('经过验收，未能成功“转正”')).toBeNull();
    expect(outcomeIn('该试点不能顺利转正')).toBeNull();
    expect(page('我省试点单位经过验收，成功“转正”。')).not.toContain('已验收');
  });
});
