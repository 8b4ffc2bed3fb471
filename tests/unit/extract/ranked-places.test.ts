/**
 * Places a score ranks ("测评成绩排名前10名的社区如下", "A、B平均分名列前茅") or a sample was drawn
 * from ("从A、B、C四个城区各随机抽取10个社区") are no entries; a list that only says how it is
 * ordered ("排名不分先后") and a list named by a programme are still read.
 */
import { describe, expect, it } from 'vitest';
import { rankedOrSampled } from '../../../src/main/core/import/extract/ranked-places';
import { readResolved } from './helpers';

const placesOf = (text: string): string[] =>
  readResolved(text).n.records.map((r) => r.unit ?? r.regionText ?? '');

describe('places a score ranks or a sample was drawn from', () => {
  it('makes no entries of a monthly ranking of communities, top or bottom', () => {
    const places = placesOf(
      [
        '某市2月份文明评测结果公布',
        '据了解，市创建办从鼓楼、台江、仓山、晋安四个城区各随机抽取10个社区进行测评。',
        '测评成绩排名前10名的社区如下（含并列）：鼓楼区安泰街道乌塔社区、仓山区金山街道新筑社区、晋安区鼓山镇东城社区。',
        '测评成绩排名后10名的社区如下（含并列）：台江区义洲街道泰山社区、仓山区建新镇福湾社区、晋安区茶园街道红星社区。',
      ].join('\n'),
    );
    expect(places).toEqual([]);
  });

  it('makes no entries of districts praised for their average score', () => {
    const places = placesOf(
      [
        '上海市民政局关于上海市社区事务受理服务中心第三方评估结果等级的通报',
        '评估结果显示，全市受理中心的建设与服务全部达标。16个区中，虹口、青浦、长宁、静安平均分名列前茅。',
      ].join('\n'),
    );
    expect(places).toEqual([]);
  });

  it('still reads a list that only says how it is ordered, and a programme’s list after a sample', () => {
    const places = placesOf(
      [
        '关于命名第三批省级示范社区的通知',
        '经各地推荐、从申报社区中随机抽取部分社区实地核查，决定命名以下社区为省级示范社区（排名不分先后）：鼓楼区安泰街道乌塔社区、仓山区金山街道新筑社区、晋安区鼓山镇东城社区。',
      ].join('\n'),
    );
    expect(places).toHaveLength(3);
  });

  it('still reads a list a ranking chose for a status: named, confirmed or honoured by its score', () => {
    const list = '鼓楼区安泰街道乌塔社区、仓山区金山街道新筑社区、晋安区鼓山镇东城社区';
    for (const line of [
      `经综合评选，评选排名前10名的社区被命名为省级示范社区：${list}。`,
      `根据考评得分排名前3名的社区确定为省级示范社区：${list}。`,
      `测评成绩排名前3名的社区授予“文明社区”称号：${list}。`,
    ])
      expect(placesOf(['关于命名第三批省级示范社区的通知', line].join('\n'))).toHaveLength(3);
  });

  it('tells a ranking lead, a ranking tail and a sample’s pool from the look-alikes', () => {
    expect(rankedOrSampled('测评成绩排名前10名的社区如下（含并列）', '')).toBe(true);
    expect(rankedOrSampled('排名后3位的乡镇是', '')).toBe(true);
    expect(rankedOrSampled('16个区中', '平均分名列前茅。')).toBe(true);
    expect(rankedOrSampled('16个区中', '平均分名列前茅。现将被评为5A的单位通报如下')).toBe(true);
    expect(rankedOrSampled('从鼓楼、', '四个城区各随机抽取10个社区进行测评')).toBe(true);
    expect(rankedOrSampled('以下单位排名不分先后', '')).toBe(false);
    expect(rankedOrSampled('按得分排名，名单如下', '')).toBe(false);
    expect(rankedOrSampled('决定命名', '为省级示范社区。')).toBe(false);
    expect(rankedOrSampled('从', '调入的干部中选拔')).toBe(false);
    expect(rankedOrSampled('评选排名前10名的社区被命名为省级示范社区', '')).toBe(false);
    expect(rankedOrSampled('', '得分排名靠前，被评为示范社区。')).toBe(false);
  });
});
