/**
 * A development zone the division list places at the district that holds it (重庆市万盛经开区 at
 * 綦江区's code) is a unit of its own beside that district: a list naming both gives two records
 * (extract/zone-beside-county.ts). One county written two ways is still one record, and so is
 * one zone written twice.
 */
import { describe, expect, it } from 'vitest';
import { gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { oneRecordPerUnit } from '../../../src/main/core/import/extract/one-record-per-unit';
import type { ExtractedRecord } from '../../../src/main/core/import/extract/types';
import { zoneBesideCounty } from '../../../src/main/core/import/extract/zone-beside-county';
import { readResolved } from './helpers';

const PROGRAMME = '城乡交通运输一体化示范县';
const rec = (regionText: string, at: number): ExtractedRecord => ({
  kind: 'other',
  seq: null,
  regionText,
  title: '',
  programme: PROGRAMME,
  year: null,
  span: { start: at, end: at + regionText.length },
});
const frame = { province: null, lookup: gazetteerRegionLookup() };
const places = (rs: ExtractedRecord[]) => oneRecordPerUnit(rs, frame).map((r) => r.regionText);

describe('a development zone beside the district holding it', () => {
  it('is a record of its own though the two share a code, in either script', () => {
    expect(places([rec('重庆市綦江区', 0), rec('重庆市万盛经开区', 10)])).toEqual([
      '重庆市綦江区',
      '重庆市万盛经开区',
    ]);
    expect(places([rec('重慶市綦江區', 0), rec('重慶市萬盛經開區', 10)])).toHaveLength(2);
    const { codes } = readResolved(
      '第二批城乡交通运输一体化示范创建县公示名单(共4个)\n北京市通州区\n重庆市綦江区、重庆市万盛经开区\n四川省泸县\n',
    );
    expect(codes).toEqual(['110112', '500110', '500110', '510521']);
  });

  it('leaves one county written two ways one record, and one zone named twice', () => {
    expect(places([rec('湖北省黄梅县', 0), rec('黄冈黄梅', 10)])).toEqual(['湖北省黄梅县']);
    expect(places([rec('重庆市万盛经开区', 0), rec('万盛经开区', 10)])).toHaveLength(1);
    // A district named 新区 is a district, no zone beside one.
    expect(zoneBesideCounty('上海市浦东新区', '上海市黄浦区')).toBe(false);
    expect(zoneBesideCounty('重庆市万盛经开区', '重庆市綦江区')).toBe(true);
  });
});
