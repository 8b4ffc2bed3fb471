/**
 * A pilot place telling the sites it delivers its service from: their communities are no
 * entries; sites counted as an honour's are a list like any other.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe("a pilot place's service sites", () => {
  it('are no entries', () => {
    const { n } = readResolved(
      [
        '我市入选全国居家养老服务试点城市两年来服务老人3万人次',
        '记者从市民政局获悉，前年我市入选全国居家养老服务试点城市。',
        '目前我市有1个服务指导中心，',
        '8个社区服务站点分别是：',
        '芜湖市老年康复中心，',
        '镜湖区赭山社区养老服务站，',
        '镜湖区范罗山社区养老服务站，',
        '弋江区中山南路社区养老服务站，',
        '鸠江区四褐山社区养老服务站。',
      ].join('\n'),
    );
    expect(n.records.map((r) => r.regionText)).not.toContain('镜湖区赭山社区');
    expect(n.records.filter((r) => /社区$/.test(r.regionText ?? ''))).toEqual([]);
  });

  it('stay entries when the sites are honoured', () => {
    const { n } = readResolved(
      [
        '关于公布省级示范养老服务站点的通知',
        '经评审，以下8个省级示范服务站点为：',
        '镜湖区赭山社区养老服务站，',
        '镜湖区范罗山社区养老服务站，',
        '弋江区中山南路社区养老服务站，',
        '鸠江区四褐山社区养老服务站。',
      ].join('\n'),
    );
    expect(n.records.length).toBeGreaterThan(0);
  });
});
