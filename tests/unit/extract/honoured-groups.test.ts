/**
 * Honours given by kind in one sentence, each shape composed in other words and places: a
 * group, a centre or a project named after its place before the count of its kind in quotes
 * ("某市某某服务队等8个“优秀…组织”"), the quote after such a count never one unit's theme, and a
 * group or project named after its place before the verb that honours it. A person named
 * after the group is no entry.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const entries = (text: string) => {
  const { n, codes, warned } = readResolved(text);
  return { got: n.records.map((r, i) => [r.regionText, r.title, codes[i]]), warned };
};

describe('one example of each kind before the count of its kind', () => {
  const text =
    '全市志愿服务典型推选结果\n' +
    '按照《南平市文明办关于推选志愿服务典型的通知》要求，经过延平区等地推荐、评审和公示等环节，推选出王某等6名“优秀志愿者”，' +
    '南平市老年大学志愿服务队等8个“优秀志愿服务组织”，' +
    '南平市交通运输局“绿色出行”志愿服务项目等7个“优秀志愿服务项目”，' +
    '延平区梅山街道解放路社区等9个“优秀志愿服务社区”，' +
    '延平区新时代文明实践中心等12个“优秀新时代文明实践中心”。';

  it('gives every example at its place: a group and a centre untitled, a project by its name', () => {
    const { got } = entries(text);
    expect(got).toEqual([
      ['南平市', '', '350700'],
      ['南平市', '“绿色出行”志愿服务项目', '350700'],
      ['延平区梅山街道解放路社区', '', '350702'],
      ['延平区', '', '350702'],
    ]);
  });

  it('says the counts are not reached', () => {
    expect(entries(text).warned).toContain('count_mismatch');
  });

  it('reads the same in traditional characters', () => {
    const { got } = entries(
      '全市志願服務典型推選結果\n' +
        '推選出南平市老年大學志願服務隊等8個“優秀志願服務組織”，' +
        '南平市交通運輸局“綠色出行”志願服務項目等7個“優秀志願服務項目”。',
    );
    expect(got).toEqual([
      ['南平市', '', '350700'],
      ['南平市', '“綠色出行”志願服務項目', '350700'],
    ]);
  });

  it('never reads the quoted kind after a count as a theme of the place before it', () => {
    const { got } = entries(
      '南平市志愿服务典型名单\n' +
        '按照《南平市文明办关于推选志愿服务典型的通知》要求，经建阳区等地推荐，南平市老年大学志愿服务队等8个“优秀志愿服务组织”，建阳区交通运输局志愿服务队等7个“优秀志愿服务团队”受到通报表扬。',
    );
    expect(got.map(([, title]) => title)).toEqual(['', '']);
  });
});

describe('a group or project named after its place before the verb that honours it', () => {
  it('takes the group untitled and the project without the group that runs it', () => {
    const { got } = entries(
      '我市3个集体受到省上表彰\n' +
        '近日，全省志愿服务表彰会召开。' +
        '我市红十字会志愿服务队队员李某某被评为“优秀志愿者”；' +
        '顺昌县青年志愿者协会“护河行动”志愿服务项目被评为“优秀志愿服务项目”；' +
        '南平市供电公司志愿服务队被评为“优秀志愿服务组织”；' +
        '光泽县鸾凤乡油溪村被评为“优秀志愿服务社区”。',
    );
    expect(got).toEqual([
      ['顺昌县', '“护河行动”志愿服务项目', '350721'],
      ['南平市', '', '350700'],
      ['光泽县鸾凤乡油溪村', '', '350723'],
    ]);
  });
});
