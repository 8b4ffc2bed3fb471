/**
 * Later pages on a check of named units, composed here in other words and places: the
 * applicants a joint team checked (对A、B和C等N个申报…的…进行检查), and stations evaluated as a
 * group counted in words (A、B两个…进行集中评估), written with their county or with only their
 * township after a sentence that names the county.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('units named as what a team checked', () => {
  it('the applicants before 等N个申报…的…进行检查 are the entries, the first after 对 too', () => {
    const { n, codes } = readResolved(
      '联合检查\n近日，市应急管理局组建联合检查组，对鼓楼区华大街道中山社区、晋安区岳峰镇桂溪社区和鼓山镇宏山社区等7个申报2021年全国综合减灾示范社区的防灾减灾工作开展情况进行检查。',
    );
    expect(n.records.map((r) => r.regionText)).toEqual([
      '鼓楼区华大街道中山社区',
      '晋安区岳峰镇桂溪社区',
      '鼓山镇宏山社区',
    ]);
    expect(codes).toHaveLength(3);
    // A check states no outcome.
    expect(n.records.map((r) => r.outcome?.status ?? null)).toEqual([null, null, null]);
  });

  it('stations closed by their count in words before 进行…评估 are the entries', () => {
    const { codes } = readResolved(
      '结项评估\n近日，区民政局组织评估团队，对成都市金牛区驷马桥街道社工站、成都市成华区双桥子街道社工站两个示范社工站进行了集中评估。',
    );
    expect(codes).toEqual(['510106', '510108']);
  });

  it('township stations after 对 lie in the county the sentence names before them', () => {
    // 长山镇 is a township name in several provinces; the sentence says 荣县 and both lie there.
    const { n, codes } = readResolved(
      '结项评估\n本次荣县2022年市级示范社工站项目评估由县民政局组织，对长山镇社工站、鼎新镇社工站两个市级示范社工站进行集中评估。',
    );
    expect(n.records.map((r) => r.regionText)).toEqual(['长山镇', '鼎新镇']);
    expect(codes).toEqual(['510321', '510321']);
  });
});
