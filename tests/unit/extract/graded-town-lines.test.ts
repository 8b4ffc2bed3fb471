/**
 * A county's own item grading its township facilities under run-in heads ("一级文化站：A镇文化站
 * B镇文化站…"), the county written only as 我县: the stations are entries at their towns, in the
 * one county the division list puts all the towns in. Towns that several counties share, or
 * that lie in different counties, place nothing.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const read = (lines: string[]) => readResolved(lines.join('\n'));

describe('township facilities graded under run-in heads', () => {
  it('are entries in the one county their towns agree on, space or 、 separated', () => {
    const { n, codes } = read([
      '喜报！我县乡镇综合文化站通过国家级评估定级',
      '近日，省文化和旅游厅公布了名单。',
      '其中，特级文化站：孙圩子镇文化站',
      '一级文化站：赵庄镇文化站 白土镇文化站 青龍集鎮文化站',
      '二级文化站：石林乡文化站、酒店镇文化站',
    ]);
    expect(n.records.map((r) => r.regionText)).toEqual([
      '孙圩子镇',
      '赵庄镇',
      '白土镇',
      '青龙集镇',
      '石林乡',
      '酒店镇',
    ]);
    expect(new Set(codes)).toEqual(new Set(['341322']));
  });

  it('place nothing where the towns name no one county (城关镇, 新庄镇)', () => {
    const { n } = read([
      '喜报！我县乡镇综合文化站通过国家级评估定级',
      '特级文化站：城关镇文化站',
      '一级文化站：新庄镇文化站 城郊乡文化站',
    ]);
    expect(n.records).toEqual([]);
  });

  it('leave a line of other names alone (a head over projects, not facilities)', () => {
    const { n } = read([
      '我县项目获奖',
      '一等奖：孙圩子镇文化站 赵庄镇“邻里守望”项目 白土镇文化站',
    ]);
    expect(n.records).toEqual([]);
  });

  it('leave a field label over facilities alone (活动地点, 承办单位 grade nothing)', () => {
    const { n } = read([
      '我县开展送戏下乡活动',
      '近日，县文化馆组织送戏下乡。',
      '活动地点：孙圩子镇文化站 赵庄镇文化站 白土镇文化站',
      '承办单位：孙圩子镇文化站、赵庄镇文化站、白土镇文化站',
    ]);
    expect(n.records).toEqual([]);
  });

  it('place nothing where only names every province repeats meet in a county by chance', () => {
    // 城关镇, 新城镇 and 河口镇 all lie in one county of Hubei, as in many others singly.
    const { n } = read([
      '喜报！我县乡镇综合文化站通过评估定级',
      '一级文化站：城关镇文化站 新城镇文化站 河口镇文化站',
    ]);
    expect(n.records).toEqual([]);
  });

  it('place nothing where the notice names another county than the towns meet in', () => {
    const lines = (county: string) => [
      `${county}乡镇综合文化站评估定级结果`,
      '一级文化站：孙圩子镇文化站 赵庄镇文化站 白土镇文化站 酒店镇文化站',
    ];
    expect(read(lines('睢宁县')).n.records).toEqual([]);
    expect(new Set(read(lines('萧县')).codes)).toEqual(new Set(['341322']));
  });
});
