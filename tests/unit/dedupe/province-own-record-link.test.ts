/**
 * A province's (or a municipality's) own record in two programmes is related: measured on the
 * real corpus imported into one ledger, 江苏省 as a pilot province of 国家新型城镇化综合试点 and
 * of 农村集体产权制度改革试点, or 上海市 in 海绵城市建设试点 and 康复辅助器具社区租赁服务试点,
 * were never linked — a record at a province's code is placed nowhere below it, so the finder
 * never paired two untitled ones. Controls: a unit the gazetteer cannot place below the
 * province keeps its code (重庆市两江新区, 江苏省民政厅) and is not the province; two provinces,
 * one programme, and a titled pair are left as before.
 */
import { describe, expect, it } from 'vitest';
import { blockKeys, identityRegions, placeOf } from '../../../src/main/core/dedupe/region';
import { sameUnitInProvince } from '../../../src/main/core/dedupe/province-own';
import {
  pairRelations as relations,
  runPair as run,
  untitledAt as at,
  untitledRecord,
} from '../../support/untitled-pair';

const URBANISATION = '国家新型城镇化综合试点';
const PROPERTY = '农村集体产权制度改革试点单位';

describe('a province’s own record in two programmes', () => {
  it('is linked, whichever way each list writes the province', () => {
    for (const [x, y, code] of [
      ['江苏', '江蘇', '320000'],
      ['江苏省', '江苏', '320000'],
      ['上海市', '上海', '310000'],
      ['重庆', '重庆市', '500000'],
      ['广西壮族自治区', '广西', '450000'],
    ]) {
      expect(relations(at(1, URBANISATION, x!, code!), at(2, PROPERTY, y!, code!)), x).toEqual([
        'same_place_other_programme',
      ]);
    }
  });

  it('blocks the province’s records together', () => {
    const place = placeOf(at(1, URBANISATION, '江苏', '320000'), identityRegions, () => '');
    expect(place.known).toBe(false);
    expect(blockKeys(place)).toEqual(['p32']);
  });

  it('one unit written below the province on both sides is linked too', () => {
    const a = at(1, URBANISATION, '重庆市两江新区', '500000');
    const b = at(2, PROPERTY, '重庆两江新区', '500000');
    expect(sameUnitInProvince(a, b)).toBe(true);
    expect(relations(a, b)).toEqual(['same_place_other_programme']);
    // a zone written with the municipality's name again, or without it (重庆高新区 lists)
    expect(
      relations(
        at(1, URBANISATION, '重庆市重庆高新区', '500000'),
        at(2, PROPERTY, '重庆高新区', '500000'),
      ),
    ).toEqual(['same_place_other_programme']);
  });
});

describe('controls', () => {
  it('a unit the gazetteer cannot place below the province is not the province', () => {
    expect(
      relations(at(1, URBANISATION, '重庆市两江新区', '500000'), at(2, PROPERTY, '重庆', '500000')),
    ).toEqual([]);
    expect(
      relations(at(1, URBANISATION, '江苏省民政厅', '320000'), at(2, PROPERTY, '江苏', '320000')),
    ).toEqual([]);
    expect(
      relations(at(1, URBANISATION, '重庆高新区', '500000'), at(2, PROPERTY, '重庆', '500000')),
    ).toEqual([]);
    expect(
      relations(
        at(1, URBANISATION, '重庆高新区', '500000'),
        at(2, PROPERTY, '重庆两江新区', '500000'),
      ),
    ).toEqual([]);
  });

  it('two provinces, or one programme, are not linked', () => {
    expect(
      relations(at(1, URBANISATION, '江苏', '320000'), at(2, PROPERTY, '安徽', '340000')),
    ).toEqual([]);
    const one = run(at(1, URBANISATION, '江苏', '320000'), at(2, URBANISATION, '江苏省', '320000'));
    expect(one.related).toEqual([]);
  });

  it('a record below the province at its county’s code is no province record', () => {
    const county = untitledRecord(2, PROPERTY, '江苏省南京市江宁区');
    expect(sameUnitInProvince(at(1, URBANISATION, '江苏', '320000'), county)).toBe(false);
    expect(relations(at(1, URBANISATION, '江苏', '320000'), county)).toEqual([]);
  });

  it('a titled record at the province’s code is left to its title', () => {
    const titled = { ...at(2, PROPERTY, '江苏', '320000'), title: '移动爱心书屋' };
    expect(relations(at(1, URBANISATION, '江苏', '320000'), titled)).toEqual([]);
  });
});
