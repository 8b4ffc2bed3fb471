/**
 * A later story telling a place's pilot as what the place is (苏州市作为全省唯一的全国…试点城市，
 * 确定了…) looks back at another's act: news, not the list's confirmation. A notice confirming
 * its own units stays a confirmation.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('a place’s pilot told as what it is (某市作为…试点城市)', () => {
  it('makes the page news', () => {
    const { n } = readResolved(
      '苏州市社会心理服务指导中心成立\n\n5月9日,苏州市社会心理服务指导中心揭牌成立。\n心理健康是重大的民生问题。苏州市作为全省唯一的全国社会心理服务体系建设试点城市,确定了6项工程和19项工作任务。',
    );
    expect(n.records.map((r) => r.regionText)).toEqual(['苏州市']);
    expect(n.metadata.role).toBe('news');
  });

  it('leaves a notice confirming its units a confirmation', () => {
    const { n } = readResolved(
      '关于确定全国社会心理服务体系建设试点城市的通知\n\n各有关单位：\n经研究，确定苏州市、无锡市为全国社会心理服务体系建设试点城市。苏州市作为全省首个全国社会心理服务体系建设试点城市，要发挥示范作用。\n\n国家卫生健康委办公厅\n2019年6月5日',
    );
    expect(n.records.map((r) => r.regionText)).toEqual(['苏州市', '无锡市']);
    expect(n.metadata.role).toBe('confirmation');
  });
});
