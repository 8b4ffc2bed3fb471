/**
 * A story passing on a round just launched with the terms of who may apply, nothing chosen
 * yet, is the call: its readers can still answer it. A story of the launch without terms, or
 * of a round that has chosen, stays news. Composed stories, invented wording.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const role = (lines: string[]) => readResolved(lines.join('\n')).n.metadata.role;

describe('a story retelling a call', () => {
  it('is the call when it tells who may apply', () => {
    expect(
      role([
        '南川省组织开展邻里守护示范创建工作',
        '本报讯（记者 王明）南川省民政厅近日下发通知，全省将组织开展邻里守护示范创建工作。',
        '通知明确，示范创建以县（市、区）为主要对象，各地达到申报条件的县（市、区）可以申报。',
      ]),
    ).toBe('application_call');
  });

  it('is the call when a paper invites entries to a collection it runs', () => {
    expect(
      role([
        '青禾邀您推荐邻里治理案例',
        '晨报讯（记者 李华）即日起，青禾区社区办与本报联合开展“邻里治理创新案例”征集活动，欢迎各街道、社区和广大居民给我们推荐创新案例。',
      ]),
    ).toBe('application_call');
  });

  it('stays news without terms of applying', () => {
    expect(
      role([
        '南川省组织开展邻里守护示范创建工作',
        '本报讯（记者 王明）南川省民政厅近日下发通知，全省将组织开展邻里守护示范创建工作，推动基层治理提质增效。',
      ]),
    ).toBe('news');
  });

  it('stays news when the headline tells the round has chosen', () => {
    expect(
      role([
        '南川省邻里守护示范创建结果揭晓',
        '本报讯（记者 王明）南川省民政厅组织开展的邻里守护示范创建工作日前结束，各地达到申报条件的县（市、区）均参加了评审。',
      ]),
    ).toBe('news');
  });
});
