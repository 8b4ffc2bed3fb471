/**
 * Two things glued before a programme's name that are no part of it: the round's year written
 * bare, without 年 ("获评2019某省“最美…社区”"), and an occasion joined to the programme it
 * launches by 暨 ("2019“某某日”暨某市某某创新试点启动").
 */
import { describe, expect, it } from 'vitest';
import { cleanProgramme } from '../../../src/main/core/import/extract/programme';

describe('a bare year and an occasion before the name', () => {
  it('reads the bare year as the round, not the name', () => {
    const p = cleanProgramme('获评2019河北“最美志愿服务社区”', null);
    expect(p?.name).toBe('河北最美志愿服务社区');
    expect(p?.year).toBe(2019);
  });

  it('keeps a year written with 年 on a yearly collection (control)', () => {
    expect(cleanProgramme('2019年度河北省社区治理创新典型案例', null)?.name).toBe(
      '2019年度河北省社区治理创新典型案例',
    );
  });

  it('names the programme after the occasion it is joined to by 暨', () => {
    expect(cleanProgramme('2019“邻里节”暨某市社区慈善超市创新试点', null)?.name).toBe(
      '某市社区慈善超市创新试点',
    );
  });

  it('keeps a short second name joined by 暨 as one name (control)', () => {
    expect(cleanProgramme('全国社区教育示范区暨实验区', null)?.name).toBe(
      '全国社区教育示范区暨实验区',
    );
  });
});
