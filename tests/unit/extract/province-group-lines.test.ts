/**
 * A provincial list written one group a line, a heading with its count and the names after a
 * colon: a line of townships written bare (no 镇/街道, no county) is read inside the province
 * the notice's issuer names, as its sibling line of counties is.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { resolveRecords } from '../../../src/main/core/import/resolve-records';
import { txtDoc } from './helpers';

const read = (text: string) =>
  extractNotice(txtDoc(text), { fileName: 'a.txt', regions: gazetteerRegionLookup() });

const GONGSHI = [
  '关于第二批拟认定省级地名文化遗产保护名录的公示',
  '',
  '经组织专家评审，拟将下列6个地名列入第二批省级地名文化遗产保护名录，现予以公示，公示期为7天。',
  '',
  '浙江省民政厅办公室',
  '2024年6月1日',
  '',
  '第二批拟认定省级地名文化遗产保护名录',
  '一、历史政区名（3个）：余杭、临安、富阳',
  '二、历史名镇名（3个）：乌镇、西塘、塘栖',
].join('\n');

describe('a group line of bare townships beside a line of counties that was read', () => {
  it("is read inside the province the notice's issuer names", () => {
    const n = read(GONGSHI);
    expect(n.records.map((r) => r.regionText)).toEqual([
      '余杭',
      '临安',
      '富阳',
      '乌镇',
      '西塘',
      '塘栖',
    ]);
    const codes = resolveRecords(n).resolved.map((r) => r.resolution?.regionCode ?? null);
    expect(codes.slice(3).every((c) => c?.startsWith('33'))).toBe(true);
  });

  it('without a province written, the line stays unread and is said', () => {
    const n = read(GONGSHI.replace('浙江省民政厅办公室', '民政厅办公室'));
    expect(n.records.map((r) => r.regionText)).toEqual(['余杭', '临安', '富阳']);
    expect(n.warnings.some((w) => w.code === 'count_mismatch' && w.category === '历史名镇名')).toBe(
      true,
    );
  });
});
