/**
 * Communities under their townships run together with no separator (a copy that lost them):
 * read as a list when the line is wholly such units, in the one county the text writes; a line
 * with separators, a single unit, or towns with no county to hold them are left alone.
 */
import { describe, expect, it } from 'vitest';
import { gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { detectRunTogetherUnits } from '../../../src/main/core/import/extract/run-together-units';
import { keyText } from '../../../src/main/core/import/extract/text-key';
import { readResolved } from './helpers';

const ORGANS = '\n中共越城区委宣传部 越城区精神文明建设委员会办公室\n二○○八年八月二十六日';
const detect = (text: string) =>
  detectRunTogetherUnits(keyText(text), gazetteerRegionLookup(), new Set()).flatMap((l) =>
    l.items.map((i) => i.regionText),
  );

describe('units run together', () => {
  it('splits a line of townships and communities with no separator, in the county the text writes', () => {
    const r = readResolved(
      '一、“文明在社区”大记录活动最佳组织奖:塔山街道西咸欢社区蕺山街道昌安东村社区北海街道西小路社区城南街道翠苑社区' +
        ORGANS,
    );
    expect(r.n.records.map((x) => x.regionText)).toEqual([
      '塔山街道西咸欢社区',
      '蕺山街道昌安东村社区',
      '北海街道西小路社区',
      '城南街道翠苑社区',
    ]);
    expect(new Set(r.codes)).toEqual(new Set(['330602']));
  });

  it('leaves lines with separators, a single unit, and units with no county written', () => {
    expect(detect('最佳组织奖:塔山街道西咸欢社区、城南街道翠苑社区' + ORGANS)).toEqual([]);
    expect(detect('最佳组织奖:城南街道翠苑社区' + ORGANS)).toEqual([]);
    expect(detect('最佳组织奖:塔山街道西咸欢社区城南街道翠苑社区')).toEqual([]);
  });

  it('says a sibling award line it could not read', () => {
    const r = readResolved(
      '一、最佳组织奖:塔山街道西咸欢社区城南街道翠苑社区\n二、最佳实践奖:北海街道新河弄社区大学生实践小分队绍兴艺术学校实践小分队' +
        ORGANS,
    );
    expect(r.warned).toContain('unread_list');
  });

  it('takes no county from the run itself (a township opening it that shares a county’s short name)', () => {
    expect(detect('东城街道东城社区南城街道南城社区\n东莞市')).toEqual([]);
  });

  it('says no award line that names only persons, nor a numbered line that is no award', () => {
    const r = readResolved(
      '一、最佳组织奖:塔山街道西咸欢社区城南街道翠苑社区\n二、最佳报道人气奖:诸妙茵\n三、优秀个人:张三、李四、王五\n四、工作要求:各单位要高度重视，认真组织' +
        ORGANS,
    );
    expect(r.n.records).toHaveLength(2);
    expect(r.warned).not.toContain('unread_list');
  });
});
