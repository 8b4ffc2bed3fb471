/**
 * A city's name written before the round's year that opens a programme's name ("确定某区为某市
 * 2021年社工站建设试点地区"): the city is the name's own place, the year the round.
 */
import { describe, expect, it } from 'vitest';
import { cleanProgramme } from '../../../src/main/core/import/extract/programme';
import { roundBeforePlace } from '../../../src/main/core/import/extract/place-before-round';

describe('a city before the round year', () => {
  it('keeps the city in the name and the year as the round', () => {
    const p = cleanProgramme('确定凌河区为锦州市2021年社工站建设试点地区', '辽宁省');
    expect(p?.name).toBe('锦州市社工站建设试点');
    expect(p?.year).toBe(2021);
  });

  it('reads the city at the phrase start the same way', () => {
    expect(cleanProgramme('临沂市2020年社区治理创新试点', '山东省')?.name).toBe(
      '临沂市社区治理创新试点',
    );
  });

  it('leaves a city before a national round alone (control)', () => {
    expect(roundBeforePlace('入选临沂市2020年全国文明城市', '山东省')).toBe(
      '入选临沂市2020年全国文明城市',
    );
  });

  it('takes no frame words for the city (control)', () => {
    // The frame's own 区 and 为 are no city: only the name right after 为 moves.
    expect(roundBeforePlace('确定凌河区为锦州市2021年社工站建设试点', null)).toBe(
      '确定凌河区为2021年锦州市社工站建设试点',
    );
    // A year after a district's name is not moved: a district is no city.
    expect(roundBeforePlace('为凌河区2021年社工站建设试点', null)).toBe(
      '为凌河区2021年社工站建设试点',
    );
  });

  it('moves no scope, kind of city or alliance that only ends like a city (control)', () => {
    for (const phrase of [
      '确定某区为各市州2021年社工站建设试点',
      '某区成为示范城市2021年社工站建设试点',
      '某区入选产业联盟2021年度社区治理示范单位',
    ])
      expect(roundBeforePlace(phrase, null)).toBe(phrase);
    expect(cleanProgramme('确定某区为各市州2021年社工站建设试点地区', '辽宁省')?.name).toBe(
      '社工站建设试点',
    );
  });
});
