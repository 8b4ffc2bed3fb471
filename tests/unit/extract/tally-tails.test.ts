/**
 * A vote's or a score's tally closing a list's line ("…平台，23.42%，1585票", "甲街道 98.5分"):
 * what the entry got, never part of its title; a number that is the title's own stays.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('a tally closing a list line', () => {
  it('is cut from the title: share and votes', () => {
    const { n } = readResolved(
      '网络投票结果揭晓，各项目得票情况如下：\n' +
        '1.余杭区“共享社工站”服务项目，19.73%，1312票\n' +
        '2.上城区“乐龄食堂”助餐项目，14.82%，985票\n',
    );
    expect(n.records.map((r) => r.title)).toEqual(['“共享社工站”服务项目', '“乐龄食堂”助餐项目']);
  });

  it('is cut from the title: a score, after a space or 得分', () => {
    const { n } = readResolved(
      '优秀社区评分结果如下：\n1.余杭区仓前街道 98.5分\n2.上城区湖滨街道 得分：95.5分\n',
    );
    expect(n.records.map((r) => [r.regionText, r.title])).toEqual([
      ['余杭区仓前街道', ''],
      ['上城区湖滨街道', ''],
    ]);
  });

  it('leaves a number that belongs to the title', () => {
    const { n } = readResolved(
      '优秀项目名单如下：\n1.余杭区“15分钟”便民生活圈\n2.上城区“乐龄食堂”助餐项目2.0版\n',
    );
    expect(n.records.map((r) => r.title)).toEqual([
      '“15分钟”便民生活圈',
      '“乐龄食堂”助餐项目2.0版',
    ]);
  });
});
