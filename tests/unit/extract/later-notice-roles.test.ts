/**
 * Roles of later notices: a story passed on from another outlet ("据…消息，") is news even
 * when it tells outcomes; a pre-acceptance check is no acceptance; an assessment's result
 * given only as counts, naming no unit, changes no record: a page telling it is news.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('a story passed on from another outlet', () => {
  it('is news although it tells that units were deferred', () => {
    const { n } = readResolved(
      [
        '专家组对进入复审程序的省级园林城市进行了评审',
        '据某省住房和城乡建设厅微信公众号消息，专家组对进入复审程序的省级园林城市进行了评审。现通报如下：',
        '一、重新确认宝鸡市等12个城市为省级园林城市。',
        '二、暂缓确认汉中市、安康市为省级园林城市，上述城市将于明年重新复审。',
      ].join('\n'),
    );
    expect(n.records.some((r) => r.outcome?.status === '未通过')).toBe(true);
    expect(n.metadata.role).toBe('news');
  });
});

describe('a pre-acceptance check (预验收)', () => {
  it('is no acceptance of the places it checked', () => {
    const { n, codes } = readResolved(
      [
        '对课题示范区开展现场检查预验收工作',
        '专家组于8月对项目所属的3个课题开展现场检查预验收工作，现场检查了河北阜平县、山西静乐县以及陕西佳县的示范基地。',
        '专家组要求各课题做好最后的验收准备。',
      ].join('\n'),
    );
    expect(codes).toEqual(['130624', '140926', '610828']);
    expect(n.metadata.role).not.toBe('acceptance');
  });
});

describe('an assessment result given only as counts', () => {
  it('is news when it names no unit and requires nothing', () => {
    const { n } = readResolved(
      [
        '省级美丽城镇年度考核结果',
        '经各地自评、市级初审和省级复核，共有42个美丽城镇参加本年度考核，其中优秀8个、良好15个、合格16个、警告2个、降格1个。',
      ].join('\n'),
    );
    expect(n.records).toEqual([]);
    expect(n.metadata.role).toBe('news');
  });
});
