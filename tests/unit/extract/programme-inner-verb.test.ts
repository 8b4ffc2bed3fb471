/**
 * A verb with its manner before it can sit inside a programme's name, between the thing the units
 * push forward and what they are called ("某某服务圈全域推进先行区试点"): the name keeps the words
 * before it, and a headline's frame (入选, 作为) still goes.
 */
import { describe, expect, it } from 'vitest';
import { cleanProgramme } from '../../../src/main/core/import/extract/programme';
import { readResolved } from './helpers';

describe('a programme named with a verb inside it', () => {
  it('keeps the words before the verb and its manner', () => {
    expect(cleanProgramme('首批12地入选乡村快递服务圈全域推进先行区试点', null)).toEqual({
      name: '乡村快递服务圈全域推进先行区试点',
      year: null,
      batch: '首批',
    });
    expect(cleanProgramme('确定8个地区作为社区托育网络整体推进示范区', null)?.name).toBe(
      '社区托育网络整体推进示范区',
    );
  });

  it('a verb opening the phrase is still the frame', () => {
    expect(cleanProgramme('各地统筹推进某某服务示范区', null)?.name).toBe('某某服务示范区');
    expect(cleanProgramme('某某区协同推进智慧社区示范区', null)?.name).toBe('智慧社区示范区');
  });

  it('the headline names the programme its units entered', () => {
    const { n } = readResolved(
      [
        '首批3地入选乡村快递服务圈全域推进先行区试点',
        '近日，某部确定3个地区作为乡村快递服务圈首批全域推进先行区试点。3个试点地区为山东省潍坊市、江苏省镇江市、湖北省宜昌市。',
      ].join('\n'),
    );
    expect(n.metadata.programme).toBe('乡村快递服务圈全域推进先行区试点');
    expect(n.records.map((r) => r.programme)).toEqual([
      '乡村快递服务圈全域推进先行区试点',
      '乡村快递服务圈全域推进先行区试点',
      '乡村快递服务圈全域推进先行区试点',
    ]);
  });
});
