/**
 * Demonstration parks created by batch and recognised later (…示范园): the programme is named
 * by its 示范园, and a province counting its own parks before the name (我省2个…, 我省三县…) is
 * no scope of it: the creation list and the later recognition name one programme.
 */
import { describe, expect, it } from 'vitest';
import { programmeIn } from '../../../src/main/core/import/extract/programme';

describe('a demonstration park programme', () => {
  it('is named by its 示范园, with its scope and batch', () => {
    expect(programmeIn('七部门印发第三批国家乡村旅游融合示范园创建名单', null)).toEqual({
      name: '国家乡村旅游融合示范园',
      year: null,
      batch: '第三批',
    });
  });

  it('is no place’s park after its level word, nor a park area', () => {
    expect(programmeIn('甲省5个区县示范园开园', null)).toBeNull();
    expect(programmeIn('某市高新技术示范园区管委会', null)).toBeNull();
  });

  it('keeps no province in front when the province counts its own units', () => {
    expect(programmeIn('我省3家乡村旅游融合示范园获国家认定', '甘肃省')?.name).toBe(
      '乡村旅游融合示范园',
    );
    expect(programmeIn('我省两县乡村旅游融合示范园入选', '甘肃省')?.name).toBe(
      '乡村旅游融合示范园',
    );
    // Without a count the province's own word is the scope: its own programme.
    expect(programmeIn('我省乡村旅游融合示范园名单', '甘肃省')?.name).toBe(
      '甘肃省乡村旅游融合示范园',
    );
  });
});
