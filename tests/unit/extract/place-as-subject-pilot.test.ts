/**
 * A later story naming a place as the subject that holds a pilot or zone ("苏州市作为全省唯一的全国
 * …试点城市，…", "自贡作为全国首批…试点城市、…"): the place is the story's one unit, in the
 * programme it is told in — a mention of the record that programme's list made. A place's organ,
 * "我市", or a demonstration title told so stay no entry.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('a place told as the subject holding a pilot (某市作为…试点城市)', () => {
  it('is the story’s one unit, a zone of the programme it is told in', () => {
    const { n, codes } = readResolved(
      '某市社会心理服务指导中心成立\n\n5月9日,某市社会心理服务指导中心揭牌成立。\n心理健康是重大的民生问题。苏州市作为全省唯一的全国社会心理服务体系建设试点城市,确定了6项工程和19项工作任务。',
    );
    expect(n.records.map((r) => r.regionText)).toEqual(['苏州市']);
    expect(n.records[0]?.kind).toBe('zone');
    expect(n.records[0]?.programme).toBe('全国社会心理服务体系建设试点');
    expect(codes).toEqual(['320500']);
  });

  it('reads a city written short, its batch word kept on the mention', () => {
    const { n, codes } = readResolved(
      '第二届大会在自贡市开幕\n\n自贡市委书记介绍了“自贡模式”。他表示,自贡作为全国首批社会心理服务体系建设试点城市、国家公立医院改革与高质量发展示范城市,创新推进社会心理服务体系建设。',
    );
    expect(codes).toEqual(['510300']);
    expect(n.records[0]?.kind).toBe('zone');
    expect(n.records[0]?.batch).toBe('首批');
  });

  it('leaves 我市, an organ and a demonstration title told so alone', () => {
    for (const text of [
      '中心成立\n\n我市作为全省唯一的全国社会心理服务体系建设试点城市,确定了6项工程。',
      '中心成立\n\n市卫生健康委作为全国社会心理服务体系建设试点城市的牵头部门,确定了6项工程。',
      '大会开幕\n\n他表示,自贡作为国家公立医院改革与高质量发展示范城市,持续推进改革。',
    ])
      expect(readResolved(text).n.records).toHaveLength(0);
  });
});
