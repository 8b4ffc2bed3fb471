/**
 * A story telling that a place drew up the plan of its national pilot, named after both
 * ("制定嘉定区国家健康城市试点纲要(2017-2020年)"), names that place as the pilot's unit, under the
 * pilot's name. Controls: a city's plan for pilots of its own (某市社区治理试点工作方案) names no
 * unit, and a story that lists units reads its list, not the plan.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const story = (sentence: string) =>
  readResolved(
    `爱卫学术论坛召开 嘉定分享健康城市建设经验\n据嘉定区介绍，不久前，论坛在海口市举行。\n在推进健康嘉定建设的过程中，嘉定区围绕四个重点稳步推进。${sentence}\n`,
  );

describe('a place drawing up the plan of its national pilot', () => {
  it('is the pilot’s unit, under the pilot’s name', () => {
    const { n, codes } = story(
      '第二是履行责任。制定嘉定区国家健康城市试点纲要(2017-2020年)，明确部门职责。',
    );
    expect(codes).toEqual(['310114']);
    expect(n.records.map((r) => r.programme)).toEqual(['国家健康城市试点']);
  });

  it('names no unit for a plan of the place’s own pilots', () => {
    const { codes } = story('第二是履行责任。制定嘉定区社区治理试点工作方案，明确部门职责。');
    expect(codes).toEqual([]);
  });

  it('leaves a story listing units to its list', () => {
    const { codes } = story(
      '嘉定区、青浦区入选全国健康城市建设示范区。制定嘉定区国家健康城市试点纲要(2017-2020年)。',
    );
    expect(codes).toEqual(['310114', '310118']);
  });
});
