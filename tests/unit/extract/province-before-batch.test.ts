/**
 * A province's own programme written with its batch between the province and the name
 * ("湖南省第一批基层治理创新典型案例"): the province is the name's own place, the batch no part of
 * it. A batch after a scope word or before a national name is unchanged.
 */
import { describe, expect, it } from 'vitest';
import { cleanProgramme } from '../../../src/main/core/import/extract/programme';

describe('a province before its batch', () => {
  it('stays the programme’s place, the batch apart', () => {
    const p = cleanProgramme('湖南省第一批基层治理创新典型案例', '湖南省');
    expect(p?.name).toBe('湖南省基层治理创新典型案例');
    expect(p?.batch).toBe('第一批');
  });

  it('control: a national programme’s batch and another province keep their reading', () => {
    expect(cleanProgramme('第四批全国社区治理和服务创新实验区', '湖南省')?.name).toBe(
      '全国社区治理和服务创新实验区',
    );
    expect(cleanProgramme('湖北省第一批基层治理创新典型案例', '湖南省')?.name).toBe(
      cleanProgramme('湖北省第一批基层治理创新典型案例', null)?.name,
    );
  });

  it('control: the province’s share of a national batch keeps the batch', () => {
    const p = cleanProgramme('湖南省第一批国家级农村产业融合发展示范园', '湖南省');
    expect(p?.name).toBe('国家级农村产业融合发展示范园');
    expect(p?.batch).toBe('第一批');
  });
});
