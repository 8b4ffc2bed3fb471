/**
 * An honour conferred as a title ("授予…“某某示范社区”荣誉称号"): the programme is the title's
 * name, without the word 称号 (荣誉称号, 光荣称号) that says it is one, nor 之一 saying the unit
 * is one of the units holding it.
 */
import { describe, expect, it } from 'vitest';
import { cleanProgramme, programmeIn } from '../../../src/main/core/import/extract/programme';
import { readResolved } from './helpers';

describe('a programme conferred as a title', () => {
  it('the name stops before 称号', () => {
    expect(cleanProgramme('全国民主法治示范社区”荣誉称号', null)?.name).toBe(
      '全国民主法治示范社区',
    );
    expect(cleanProgramme('“省级文明村镇”光荣称号', null)?.name).toBe('省级文明村镇');
    expect(cleanProgramme('全国民主法治示范村称号', null)?.name).toBe('全国民主法治示范村');
  });

  it('a title pointed back at (此称号, 该称号) names no programme where it stands', () => {
    expect(programmeIn('青禾县、柳岸县、白沙县三地已获此称号。', null)).toBeNull();
    expect(programmeIn('目前全省共有12个村获得该荣誉称号。', null)).toBeNull();
    expect(programmeIn('柳岸村荣获天津市“美丽社区”称号。', null)?.name).toBe('天津市美丽社区');
  });

  it('the name stops before 之一', () => {
    expect(cleanProgramme('100个最美志愿服务社区之一', null)?.name).toBe('最美志愿服务社区');
  });

  it('a story on one unit given the title lists it in the programme the headline names', () => {
    const { n } = readResolved(
      '鼓楼区北大社区被授予“全国民主法治示范社区”称号\n6月3日，记者从鼓楼区华大街道北大社区获悉，该社区近日被授予“全国民主法治示范社区”荣誉称号。\n据了解，近年来，华大街道坚持依法办事，社区居民参与积极，取得了显著成效。（记者 王明）',
    );
    expect(n.records.length).toBeGreaterThan(0);
    for (const r of n.records) expect(r.programme).toBe('全国民主法治示范社区');
  });
});
