/**
 * An entry of another list (a demonstration village, an honour) keeps its identity as a zone
 * does — same programme, same batch or one side silent, same unit — so a re-review or a
 * revocation joins it; and one programme written with or without the levels it admits after
 * its unit word (实验县（市、区）, 实验县（区）, 实验县, or a bracket cut open at its 、) has one base.
 */
import { describe, expect, it } from 'vitest';
import { gazetteerRegions } from '../../../src/main/core/dedupe/gazetteer-regions';
import { findIdentity, type IdentityRecord } from '../../../src/main/core/dedupe/identity';
import {
  programmeBase,
  programmeStem,
  sameProgrammeBase,
} from '../../../src/main/core/records/programme-name';

const regions = gazetteerRegions();
const DEMO = '全省村务协商示范村';
const entry = (over: Partial<IdentityRecord> & { id: number }): IdentityRecord => ({
  kind: 'other',
  programme: DEMO,
  year: 2020,
  batch: '首批',
  regionCode: '360781',
  unitCode: '360781',
  town: null,
  unit: '东风村',
  regionText: '赣州市瑞金市东风村',
  title: null,
  ...over,
});

describe('entries of other lists', () => {
  it('are joined by programme, batch and unit, saying so', () => {
    const named = entry({ id: 7 });
    const review = entry({ id: 0, batch: null, year: 2023, regionText: '瑞金市东风村' });
    const m = findIdentity(review, [named], regions)!;
    expect(m.id).toBe(7);
    expect(m.reason).toMatch(/^身份相同：同一项目.*是同一个入选单位$/);
  });

  it('never across programmes or batches, nor another village of the county', () => {
    const named = entry({ id: 7 });
    expect(
      findIdentity(entry({ id: 0, programme: '全省民主法治示范村' }), [named], regions),
    ).toBeNull();
    expect(findIdentity(entry({ id: 0, batch: '第二批' }), [named], regions)).toBeNull();
    expect(
      findIdentity(
        entry({ id: 0, unit: '沙洲坝村', regionText: '赣州市瑞金市沙洲坝村' }),
        [named],
        regions,
      ),
    ).toBeNull();
  });
});

describe('one programme written with its levels or without', () => {
  it('has one base', () => {
    const full = '全国村务协商创新实验县（市、区）';
    for (const other of [
      '全国村务协商创新实验县(市、区)',
      '全国村务协商创新实验县（区）',
      '全国村务协商创新实验县',
      '全国村务协商创新实验县(市',
    ])
      expect(sameProgrammeBase(full, other)).toBe(true);
    expect(programmeBase(full)).toBe('全国村务协商创新实验县');
  });

  it('keeps other words in brackets, and other programmes apart', () => {
    expect(programmeBase('全国“一村一品”示范村镇(第九批)')).toBe('全国“一村一品”示范村镇(第九批)');
    expect(sameProgrammeBase('全国村务协商创新实验县', '全省村务协商创新实验县')).toBe(false);
    expect(sameProgrammeBase(null, '全国村务协商创新实验县')).toBe(false);
  });
});

describe('one honour written with another unit word', () => {
  it('has one stem: the list of 示范村镇 is the feature’s 示范村, 示范单位 its 示范社区', () => {
    expect(programmeStem('全国乡村治理示范村镇')).toBe(programmeStem('全国乡村治理示范村'));
    expect(programmeStem('全国和谐社区建设示范单位')).toBe(
      programmeStem('全国和谐社区建设示范社区'),
    );
    expect(programmeStem('全国村务协商创新实验县（市、区）')).toBe('全国村务协商创新实验县');
    expect(programmeStem('全国乡村治理示范村镇')).not.toBe(programmeStem('全省乡村治理示范村'));
  });

  it('has one stem for a pilot written with its area word or without (试点, 试点地区, 试点城市, 试点市)', () => {
    expect(programmeStem('国家邻里互助器具综合创新试点地区')).toBe(
      programmeStem('国家邻里互助器具综合创新试点'),
    );
    expect(programmeStem('国家邻里互助器具租赁服务试点城市')).toBe('国家邻里互助器具租赁服务试点');
    expect(programmeStem('邻里互助器具租赁服务试点市')).toBe('邻里互助器具租赁服务试点');
    // Only after 试点: an honour of cities (文明城市) or a zone keeps its word.
    expect(programmeStem('全国邻里文明城市')).toBe('全国邻里文明城市');
    expect(programmeStem('全国邻里互助实验区')).toBe('全国邻里互助实验区');
  });

  it('has one stem for a demonstration title of cities and counties written for one of them', () => {
    expect(programmeStem('国家邻里文明建设示范市')).toBe(programmeStem('国家邻里文明建设示范市县'));
    expect(programmeStem('国家邻里文明建设示范县')).toBe(programmeStem('国家邻里文明建设示范市县'));
    expect(programmeStem('国家邻里文明建设示范区')).toBe(programmeStem('国家邻里文明建设示范市县'));
    // Only after 示范: a pilot zone or an honour of cities keeps its word.
    expect(programmeStem('国家邻里文明建设试验区')).toBe('国家邻里文明建设试验区');
  });
});
