/**
 * Places listed by their own pilot project ("包括：蚶江镇石渔村的省级农村社区“三社联动”试点项目；永宁镇
 * 前埔村、…的石狮市城乡社区“三社联动”试点建设项目"): the project closing the clause makes each place
 * a unit of the pilot it names. A project told in passing, the clause going on past it, does not.
 */
import { describe, expect, it } from 'vitest';
import { classifyRest } from '../../../src/main/core/import/extract/place-rest';
import { readResolved } from './helpers';

describe('places named by their own pilot project', () => {
  it('are members of the pilot', () => {
    expect(classifyRest('的省级农村社区“三社联动”试点项目')).toEqual({
      rest: 'member',
      phrase: '省级农村社区“三社联动”试点',
    });
    expect(classifyRest('的石狮市城乡社区试点建设项目').rest).toBe('member');
  });

  it('are the entries of each group of the list', () => {
    const { n } = readResolved(
      '石狮市开展试点评估。\n此次接受评估验收的试点建设项目包括：蚶江镇石渔村的省级试点项目；永宁镇前埔村、鸿山镇东埔三村、凤里街道仁里社区的石狮市试点建设项目。',
    );
    expect(n.records.map((r) => r.regionText)).toEqual([
      '蚶江镇石渔村',
      '永宁镇前埔村',
      '鸿山镇东埔三村',
      '凤里街道仁里社区',
    ]);
  });
});

describe('a project told in passing', () => {
  it('makes no member', () => {
    expect(classifyRest('的试点项目中发现了问题').rest).toBe('activity');
    expect(classifyRest('的项目经验').rest).toBe('activity');
  });
});
