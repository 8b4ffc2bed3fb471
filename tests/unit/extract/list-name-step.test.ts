/**
 * A list's heading names its programme, then the step the list is at ("…的拟入选名单",
 * "…拟评定公示名单", "…入选名单"): the step is about the document, no part of the name.
 * Composed headings.
 */
import { describe, expect, it } from 'vitest';
import { listName } from '../../../src/main/core/import/extract/list-name';

describe('a list heading’s step words', () => {
  it.each([
    ['2022年某市“书香家庭”的拟入选名单', '某市“书香家庭”'],
    ['2023年某市首批美育示范社区拟评定公示名单', '某市美育示范社区'],
    ['某省文明村镇拟认定名单', '某省文明村镇'],
    ['第二批全国示范社区入选名单', '全国示范社区'],
  ])('%s', (heading, name) => {
    expect(listName(heading)?.name).toBe(name);
  });
});

describe('a list heading’s order note in brackets', () => {
  it.each([
    ['第二批拟认定省级历史地名保护名录（排名不分先后）', '省级历史地名保护名录'],
    ['某市最美社区名单（按行政区划排序）', '某市最美社区'],
  ])('%s', (heading, name) => {
    expect(listName(heading)?.name).toBe(name);
  });
});

describe('a list heading’s share in brackets after its step word', () => {
  it.each([
    ['第五批全国邻里示范区拟命名名单（浙江）', '全国邻里示范区'],
    ['第三批全国邻里示范社区拟认定名单（部分）', '全国邻里示范社区'],
  ])('%s', (heading, name) => {
    expect(listName(heading)?.name).toBe(name);
  });
});

describe('a list heading’s tier of a graded title in brackets', () => {
  it.each([
    ['一、某省现代特色农业核心示范区（五星级）', '某省现代特色农业核心示范区'],
    ['二、某省现代特色农业核心示范区(四星级)', '某省现代特色农业核心示范区'],
    ['某市旅游景区（AAAA级）', '某市旅游景区'],
    ['某省家庭农场示范场（一等）', '某省家庭农场示范场'],
  ])('%s', (heading, name) => {
    expect(listName(heading)?.name).toBe(name);
  });

  it.each([
    // A level or the units' alternates in brackets are the title's own words.
    ['某省民主法治示范村（社区）', '某省民主法治示范村（社区）'],
    ['某省休闲农业示范县（市、区）', '某省休闲农业示范县（市、区）'],
    ['某省星级社区（试行）', '某省星级社区（试行）'],
  ])('keeps %s', (heading, name) => {
    expect(listName(heading)?.name.replace(/[()]/g, (c) => (c === '(' ? '（' : '）'))).toBe(name);
  });
});
