/**
 * A yearly check of units still being built, named by the lead of the sentence its list opens
 * in ("在…2017年省级特色小镇创建考核情况名单中，甲小镇考核为优秀"), grades the year: no acceptance.
 * A named acceptance, or a check with no year, still accepts.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';
import {
  gradesAYearlyCheck,
  sentenceLead,
  yearlyCheckIn,
} from '../../../src/main/core/import/extract/yearly-check';

const statuses = (text: string) =>
  readResolved(text).n.records.map((r) => r.outcome?.status ?? null);

const TABLE = [
  '序号\t单位\t评估结果',
  '1\t长兴县\t优秀',
  '2\t常山县\t优秀',
  '3\t新昌县\t良好',
  '4\t庆元县\t合格',
].join('\n');

const HEAD = '丽水特色小镇成绩单来了\n记者从丽水市发改委获悉。\n';

describe('grades of a yearly check', () => {
  it('give no acceptance when the sentence’s lead names a year’s check', () => {
    const text =
      HEAD +
      '在浙江发布公布的2017年省级特色小镇创建考核情况名单中,莲都区古堰画乡小镇考核为优秀;庆元县香菇小镇、龙泉市青瓷小镇考核为良好。\n';
    expect(statuses(text).filter((s) => s !== null)).toEqual([]);
  });

  it('keep the acceptance a named acceptance check gives', () => {
    const text =
      HEAD +
      '在2017年省级特色小镇验收名单中,莲都区古堰画乡小镇考核为优秀;庆元县香菇小镇考核为良好。\n';
    expect(statuses(text)).toContain('已验收');
  });

  it('give no acceptance in a table under a year’s evaluation of builders', () => {
    const text =
      '根据有关文件精神，我委对20家示范县建设单位开展了2021年度评估工作，形成评估结果如下：\n' +
      '浙江省大花园示范县建设单位2021年度评估结果\n' +
      TABLE;
    expect(statuses(text).filter((s) => s !== null)).toEqual([]);
  });

  it('keep the acceptance of an evaluation that closes the term', () => {
    const text =
      '根据有关文件精神，我委对示范县建设单位开展了终期评估验收，结果如下：\n' +
      '示范县建设单位终期评估验收结果\n' +
      TABLE;
    expect(statuses(text)).toContain('已验收');
  });

  it('keep the acceptance a final evaluation names in the line above, whatever year the title gives', () => {
    const text =
      '关于公布2020年浙江省大花园示范县评估结果的通知\n各市发改委：\n' +
      '我委对20家示范县建设单位开展了终期评估，评估结果如下：\n' +
      TABLE;
    expect(statuses(text)).toContain('已验收');
  });

  it('keep the acceptance of an evaluation only dated by a year in another clause', () => {
    const text =
      '各市发改委：\n2020年，我委对第一批大花园示范县建设单位开展了评估，评估结果如下：\n' + TABLE;
    expect(statuses(text)).toContain('已验收');
  });

  it('reads a year’s check and nothing else', () => {
    expect(yearlyCheckIn('浙江省大花园示范县建设单位2021年度评估结果')).toBe(true);
    expect(yearlyCheckIn('2020年度评估认定的示范基地')).toBe(false);
    expect(yearlyCheckIn('2017年省级特色小镇创建考核情况名单中')).toBe(true);
    expect(yearlyCheckIn('2016年度省级特色小镇创建和培育对象考核结果')).toBe(true);
    expect(yearlyCheckIn('2019年国家生态文明建设示范区考核验收')).toBe(false);
    expect(yearlyCheckIn('经专家考核，以下小镇')).toBe(false);
    expect(yearlyCheckIn('2020年，我委对示范县建设单位开展了评估')).toBe(false);
    expect(
      gradesAYearlyCheck('关于公布2020年示范县评估结果的通知', '开展了终期评估，结果如下：'),
    ).toBe(false);
    expect(gradesAYearlyCheck('关于公布2020年示范县评估结果的通知', '')).toBe(true);
  });

  it('takes the lead from the sentence’s start', () => {
    expect(sentenceLead('前一句。在2017年考核名单中,', 19)).toBe('在2017年考核名单中,');
    const intro = '各市：\n我委开展了终期评估，评估结果如下：\n';
    expect(sentenceLead(intro + '1\t长兴县', intro.length)).toBe(
      '我委开展了终期评估，评估结果如下：',
    );
  });
});
