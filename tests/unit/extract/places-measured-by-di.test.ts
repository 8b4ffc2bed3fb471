/**
 * Counts closing a run of places in a story: after 等 a count may take 地 as its measure
 * ("A镇、B乡等6地上榜…名单"), the places counted as places, and a round number with 余 or 多
 * ("等二十余个村") says about how many — the named places are entries either way, and only an
 * exact count is checked against them.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('places closed by 等N地 or an approximate count', () => {
  it('reads the places before 等N地 and a verb of listing as entries', () => {
    const { codes } = readResolved(
      '近日，省里公布示范乡镇创建名单，我市江宁区淳化街道、溧水区白马镇等6地上榜省级乡村治理示范乡镇名单。',
    );
    expect(codes).toEqual(['320115', '320117']);
  });

  it('reads 地区 after the count as a noun, as before', () => {
    const { codes } = readResolved('江宁区淳化街道、溧水区白马镇等6地区入选省级乡村治理示范乡镇。');
    expect(codes).toEqual(['320115', '320117']);
  });

  it('reads a place closed by an approximate count, with no count to check', () => {
    const { codes, warned } = readResolved(
      '高淳区砖墙镇茅城村等二十余个村上榜省级乡村治理示范村名单。',
    );
    expect(codes).toEqual(['320118']);
    expect(warned).not.toContain('count_mismatch');
  });
});
