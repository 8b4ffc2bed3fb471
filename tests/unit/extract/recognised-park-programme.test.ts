/**
 * Demonstration parks created by batch and recognised later (…示范园): the programme is named
 * by its 示范园, and a province counting its own parks before the name (我省2个…, 我省三县…) is
 * no scope of it: the creation list and the later recognition name one programme.
 */
import { describe, expect, it } from 'vitest';
import { cleanProgramme, programmeIn } from '../../../src/main/core/import/extract/programme';

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

  it('is no county’s own park named before the honour it won', () => {
    expect(programmeIn('某县现代农业示范园获评省级农业科技园区', null)?.name).not.toBe(
      '某县现代农业示范园',
    );
    expect(programmeIn('近日，乙市生态农业示范园入选省级农业科技园区', null)?.name).not.toBe(
      '乙市生态农业示范园',
    );
  });

  it('keeps a count the name’s own words carry on from', () => {
    expect(programmeIn('三区联动示范社区名单', null)?.name).toBe('三区联动示范社区');
    expect(cleanProgramme('百县千乡万村示范工程', null)?.name).toBe('百县千乡万村示范工程');
    expect(cleanProgramme('两县共建示范园', null)?.name).toBe('两县共建示范园');
  });
});
