/**
 * A yearly round written inside a programme's name ("国家智慧城市2014年度新增试点") is the round:
 * the units join the programme the ministry also writes "2013年度国家智慧城市试点", the year kept.
 * A year the name itself carries, or a year that is no round (年 without 度), stays where it is.
 */
import { describe, expect, it } from 'vitest';
import { programmeIn } from '../../../src/main/core/import/extract/programme';
import { withRoundYearFirst } from '../../../src/main/core/import/extract/round-year-inside-name';

const PILOTS = '国家智慧城市试点';

describe('a round year inside a programme name', () => {
  it('reads the name without the round, the year kept, 新增 too', () => {
    for (const text of [
      '确定北京市门头沟区等84个城市(区、县、镇)为国家智慧城市2014年度新增试点',
      '关于公布国家智慧城市2014年度试点名单的通知',
    ])
      expect(programmeIn(text, null)).toEqual({ name: PILOTS, year: 2014, batch: null });
  });

  it('gives the same programme as the round written first', () => {
    expect(
      programmeIn('确定北京经济技术开发区等103个城市(区、县、镇)为2013年度国家智慧城市试点', null),
    ).toEqual({ name: PILOTS, year: 2013, batch: null });
  });

  it('leaves a year the name carries, a plain year and a name without a scope word', () => {
    expect(withRoundYearFirst('中国落实2030年可持续发展议程创新示范区')).toBe(
      '中国落实2030年可持续发展议程创新示范区',
    );
    expect(withRoundYearFirst('国家智慧城市2014年试点申报工作')).toBe(
      '国家智慧城市2014年试点申报工作',
    );
    expect(withRoundYearFirst('智慧城市2014年度试点')).toBe('智慧城市2014年度试点');
    // A year before a word that is no programme's (a report of the round) stays.
    expect(withRoundYearFirst('全国社区治理2014年度工作报告')).toBe('全国社区治理2014年度工作报告');
  });
});
