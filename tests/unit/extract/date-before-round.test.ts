/**
 * A phrase opening on the day a list was published and then naming its round by the round's
 * year (2013年8月5日对外公布2013年度国家智慧城市试点名单): the date's year is no word of the name,
 * so the round's year is read as any leading year is, and the name is the programme's. Where no
 * other year is written, the date's year is still the round's, a batch word after it too.
 */
import { describe, expect, it } from 'vitest';
import { programmeIn } from '../../../src/main/core/import/extract/programme';

describe('a date before a round written by its year', () => {
  it('leaves the round year out of the name, kept as the year', () => {
    expect(
      programmeIn('加上2013年8月5日对外公布2013年度国家智慧城市试点名单所确定的103个城市', null),
    ).toEqual({ name: '国家智慧城市试点', year: 2013, batch: null });
    expect(programmeIn('2021年3月确定2021年社区治理试点', null)).toEqual({
      name: '社区治理试点',
      year: 2021,
      batch: null,
    });
  });

  it('takes the round year over the date’s, its batch kept', () => {
    expect(programmeIn('2019年3月公布的2018年度第二批智慧城市试点', null)).toEqual({
      name: '智慧城市试点',
      year: 2018,
      batch: '第二批',
    });
  });

  it('keeps the date’s year where no other year is written, before a batch too', () => {
    expect(programmeIn('2019年3月公布的第二批智慧城市试点', null)).toEqual({
      name: '智慧城市试点',
      year: 2019,
      batch: '第二批',
    });
    expect(programmeIn('2021年3月确定的社区治理试点', null)).toEqual({
      name: '社区治理试点',
      year: 2021,
      batch: null,
    });
  });
});
