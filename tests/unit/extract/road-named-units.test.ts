/**
 * A street or community named after its road, the road named after a place (湖南路街道,
 * 四川北路街道, 宁海路社区), is no division of that place's name; a division written with its
 * level word and followed by a town that opens with 路 (长沙县路口镇) still is.
 */
import { describe, expect, it } from 'vitest';
import { gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';

const split = (text: string) => gazetteerRegionLookup().splitPrefix(text, {})?.regionText ?? null;

describe('units named after a road', () => {
  it('reads no province or county at the front of a road’s street or community', () => {
    expect(split('湖南路街道')).toBeNull();
    expect(split('四川北路街道山阴路第二居委会')).toBeNull();
    expect(split('宁海路社区')).toBeNull();
    expect(split('延安西路居委会')).toBeNull();
  });

  it('keeps places written in full, and a place before a town whose name opens with 路', () => {
    expect(split('长沙县路口镇')).toBe('长沙县路口镇');
    expect(split('湖南省长沙市')).toBe('湖南省长沙市');
    expect(split('宁海县桃源街道')).toBe('宁海县桃源街道');
  });
});
