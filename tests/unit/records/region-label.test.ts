/**
 * The grid's 区划（名称与代码）: each code stands after the name it belongs to, so the
 * county-level code agrees with the 区划代码 column and a township's own code is labelled
 * by the township.
 */
import { describe, expect, it } from 'vitest';
import { regionLabel, regionLines } from '../../../src/renderer/src/features/records/region-label';

const place = {
  province: '江苏省',
  city: '无锡市',
  county: '新吴区',
  town: null as string | null,
  regionCode: '320214' as string | null,
  unitCode: null as string | null,
};

describe('区划（名称与代码）', () => {
  it('a township: the county code after the county, the township code after the township', () => {
    expect(regionLabel({ ...place, town: '旺庄街道', unitCode: '320214050' })).toBe(
      '江苏省无锡市新吴区（320214）旺庄街道（320214050）',
    );
  });
  it('a community: its 12-digit code labelled as the unit’s', () => {
    expect(regionLabel({ ...place, town: '旺庄街道', unitCode: '320214050001' })).toBe(
      '江苏省无锡市新吴区（320214）旺庄街道（单位代码 320214050001）',
    );
  });
  it('a community with its name: the code after the community, not the township', () => {
    expect(
      regionLabel({ ...place, town: '旺庄街道', unit: '春潮社区', unitCode: '320214050001' }),
    ).toBe('江苏省无锡市新吴区（320214）旺庄街道春潮社区（320214050001）');
  });
  it('a county: its one code', () => {
    expect(regionLabel({ ...place, unitCode: '320214' })).toBe('江苏省无锡市新吴区（320214）');
    expect(regionLabel({ ...place, regionCode: null })).toBe('江苏省无锡市新吴区');
  });
});

describe('区划（名称与代码） in two lines: the names, their codes under them', () => {
  it('a county: its name, its code', () => {
    expect(regionLines('江苏省无锡市新吴区（320214）')).toEqual({
      names: '江苏省无锡市新吴区',
      codes: '320214',
    });
  });
  it('a township or community: one format, its county-level code (the finer one on hover)', () => {
    expect(regionLines('江苏省无锡市新吴区（320214）旺庄街道（320214050）')).toEqual({
      names: '江苏省无锡市新吴区旺庄街道',
      codes: '320214',
    });
    expect(regionLines('江苏省无锡市新吴区（320214）旺庄街道（单位代码 320214050001）')).toEqual({
      names: '江苏省无锡市新吴区旺庄街道',
      codes: '320214',
    });
    // a community known by its code alone, no county code read
    expect(regionLines('江苏省无锡市新吴区旺庄街道（单位代码 320214050001）').codes).toBe('320214');
  });
  it('a township whose code is not under the county code: both county codes, the mismatch seen', () => {
    expect(regionLines('江苏省无锡市新吴区（320214）旺庄街道（320211050）')).toEqual({
      names: '江苏省无锡市新吴区旺庄街道',
      codes: '320214 · 320211',
    });
  });
  it('every row’s code line is six digits, whatever level it names', () => {
    const rows = [
      regionLabel(place),
      regionLabel({ ...place, town: '旺庄街道', unitCode: '320214050' }),
      regionLabel({ ...place, town: '旺庄街道', unit: '春潮社区', unitCode: '320214050001' }),
    ];
    for (const r of rows) expect(regionLines(r).codes).toMatch(/^\d{6}$/);
  });
  it('brackets that are part of a name stay in the names; no code, no second line', () => {
    expect(regionLines('新疆生产建设兵团第八师（石河子市）')).toEqual({
      names: '新疆生产建设兵团第八师（石河子市）',
      codes: '',
    });
    expect(regionLines('江苏省无锡市新吴区')).toEqual({ names: '江苏省无锡市新吴区', codes: '' });
  });
});
