/**
 * A second place written after the one a hand-typed region cell was read as ("南京市鼓楼区、玄武区")
 * is said; a street or community whose name begins with a place's short name (宁海路街道,
 * 山西路社区), and the first place's own province, city or county written beside it, are no
 * second place.
 */
import { expect, it } from 'vitest';
import { resolveRegion, secondPlaceName } from '../../../src/main/core/gazetteer';

const second = (text: string): string | null => secondPlaceName(text, resolveRegion(text, {}));

it('names a second county written after the first', () => {
  expect(second('南京市鼓楼区、玄武区')).toBe('玄武区');
  expect(second('广西壮族自治区南宁市青秀区、兴宁区')).toBe('兴宁区');
  expect(second('天津市和平区 河北区')).toBe('河北区');
});

it('reads no second place in a street or community after the first (controls)', () => {
  expect(second('南京市鼓楼区、宁海路街道')).toBeNull();
  expect(second('江苏省南京市鼓楼区 湖南路街道 山西路社区')).toBeNull();
});

it('reads no second place in the first one’s own province, city or county (controls)', () => {
  expect(second('江苏省、南京市、鼓楼区')).toBeNull();
  expect(second('南京市鼓楼区、江苏省')).toBeNull();
  expect(second('南京市鼓楼区 南京市')).toBeNull();
  expect(second('湖北省武汉市江岸区、湖北省')).toBeNull();
});
