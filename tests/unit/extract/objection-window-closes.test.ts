/**
 * A 公示's window whose first day is marked as its start ("公示期从…起至…止"), views brought during
 * the window ("公示期间，如…有意见和建议，可在…前进行反映"), and the date objections close by in a
 * notice that states its window: all the public's, planned as the 公示期 and never a deadline
 * staff must meet. Controls: a call's own 申报截止 beside a window stays a deadline; a call for
 * views with no 公示 is no window.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const rulesOf = (text: string) =>
  readResolved(text)
    .n.rules.filter((r) => r.kind === 'objection_window' || r.kind === 'deadline')
    .map((r) => [r.kind, r.params]);

describe('objection windows the public closes', () => {
  it('a window whose first day is marked 起', () => {
    const got = rulesOf(
      ['某市书香社区拟命名名单公示', '公示时间：从2020年3月11日起至13日止，共3个工作日。'].join(
        '\n',
      ),
    );
    expect(got).toEqual([['objection_window', { from: '2020-03-11', to: '2020-03-13' }]]);
  });

  it('views brought during the window by a date close it', () => {
    const got = rulesOf(
      [
        '某区2村入选全国乡村治理示范村候选名单',
        '名单公示期间，如单位或个人有意见和建议，可在2019年12月9日前进行反映。',
      ].join('\n'),
    );
    expect(got).toContainEqual(['objection_window', { from: null, to: '2019-12-09' }]);
  });

  it('objections by a date after a stated window: no deadline of the notice', () => {
    const got = rulesOf(
      [
        '关于某省第二批示范社区名单的公示',
        '公示时间为2021年8月3日至8月10日。',
        '有关单位对公示内容有异议的，请于2021年8月10日前，向省民政厅书面提出。',
      ].join('\n'),
    );
    expect(got).toEqual([['objection_window', { from: '2021-08-03', to: '2021-08-10' }]]);
  });

  it('a dash the copy lost as ? between the two dates', () => {
    const got = rulesOf(
      ['关于某批试点城市名单的公示', '现予以公示，公示期为2016年4月25日?2016年5月1日。'].join('\n'),
    );
    expect(got).toEqual([['objection_window', { from: '2016-04-25', to: '2016-05-01' }]]);
  });

  it('control: a question mark after a date that ends a question still ends it', () => {
    const got = rulesOf(
      [
        '关于某批试点城市名单的公示',
        '公示期截止到哪一日？公示期为5个工作日。',
        '请各地于2016年5月1日前报送材料？2016年6月再报一次。',
      ].join('\n'),
    );
    expect(got.filter(([k]) => k === 'objection_window')).toEqual([]);
  });

  it('control: a call’s own deadline beside a window stays a deadline', () => {
    const got = rulesOf(
      [
        '关于开展第三批示范社区申报工作的通知',
        '第二批名单公示时间为2021年8月3日至8月10日。',
        '请各地于2021年9月30日前报送申报材料。',
      ].join('\n'),
    );
    expect(got).toContainEqual(['objection_window', { from: '2021-08-03', to: '2021-08-10' }]);
    expect(got.filter(([k]) => k === 'deadline')).toHaveLength(1);
  });

  it('control: a call for views with no 公示 is no window', () => {
    const got = rulesOf(
      [
        '关于征求《社区工作者管理办法》意见的通知',
        '如有意见和建议，请于2021年9月30日前反馈至省民政厅。',
      ].join('\n'),
    );
    expect(got.filter(([k]) => k === 'objection_window')).toEqual([]);
  });
});
