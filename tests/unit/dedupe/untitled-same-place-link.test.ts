/**
 * Records without a title at one unit in two programmes are the same place, linked (a county's
 * own zone and its tourism demonstration, one village in two lists); measured on the real
 * corpus imported into one ledger, where none of these pairs was linked. Controls: two villages
 * of one county, the county and a village in it, two villages the gazetteer knows only by
 * their township, and the county and a site in it the gazetteer cannot place below the county
 * (its code is the county's; only its written name tells it apart) stay unlinked; the same
 * programme stays an identity duplicate.
 */
import { describe, expect, it } from 'vitest';
import { runPair as run, untitledRecord } from '../../support/untitled-pair';

const record = (id: number, kind: string, programme: string, regionText: string) =>
  untitledRecord(id, programme, regionText, { kind, year: 2019 });

const ZONES = '全国农村社区治理实验区';
const TOURISM = '国家全域旅游示范区';
const VILLAGES = '全国乡村治理示范村';
const HAPPY = '全国农村幸福社区建设示范单位';

describe('untitled records at one unit in two programmes', () => {
  it('a county in two programmes is linked, never grouped', () => {
    const r = run(
      record(1, 'zone', ZONES, '河南省洛阳市嵩县'),
      record(2, 'other', TOURISM, '河南省洛阳市嵩县'),
    );
    expect(r.groups).toEqual([]);
    expect(r.related.map((x) => x.relation)).toEqual(['same_place_other_programme']);
  });

  it('a county written in traditional characters in one list is linked', () => {
    const r = run(
      record(1, 'zone', ZONES, '上海市長寧區'),
      record(2, 'other', TOURISM, '上海市长宁区'),
    );
    expect(r.related.map((x) => x.relation)).toEqual(['same_place_other_programme']);
  });

  it('a city written by its short name in one list is linked', () => {
    const r = run(
      record(1, 'other', TOURISM, '浙江省宁波市'),
      record(2, 'other', '建设国家儿童友好城市', '宁波'),
    );
    expect(r.related.map((x) => x.relation)).toEqual(['same_place_other_programme']);
  });

  it('a city in two programmes is linked', () => {
    const r = run(
      record(1, 'other', TOURISM, '河南省洛阳市'),
      record(2, 'other', '建设国家儿童友好城市', '河南省洛阳市'),
    );
    expect(r.related.map((x) => x.relation)).toEqual(['same_place_other_programme']);
  });

  it('one site the gazetteer cannot place, written with and without its province, is linked', () => {
    const r = run(
      record(1, 'other', VILLAGES, '上海市杨浦区曙宏新村'),
      record(2, 'other', HAPPY, '杨浦区曙宏新村'),
    );
    expect(r.related.map((x) => x.relation)).toEqual(['same_place_other_programme']);
  });

  it('one village by its code in two programmes is linked', () => {
    const r = run(
      record(1, 'other', VILLAGES, '湖南省长沙市浏阳市沙市镇秧田村'),
      record(2, 'other', HAPPY, '湖南省长沙市浏阳市沙市镇秧田村'),
    );
    expect(r.groups).toEqual([]);
    expect(r.related.map((x) => x.relation)).toEqual(['same_place_other_programme']);
  });
});

describe('controls that stay apart', () => {
  it('two villages of one township in two programmes', () => {
    const r = run(
      record(1, 'other', VILLAGES, '湖南省长沙市浏阳市沙市镇秧田村'),
      record(2, 'other', HAPPY, '湖南省长沙市浏阳市沙市镇赤马村'),
    );
    expect(r.groups).toEqual([]);
    expect(r.related).toEqual([]);
  });

  it('two villages the gazetteer knows only by their township', () => {
    const r = run(
      record(1, 'other', VILLAGES, '湖南省长沙市浏阳市沙市镇张三李四村'),
      record(2, 'other', HAPPY, '湖南省长沙市浏阳市沙市镇王五赵六村'),
    );
    expect(r.related).toEqual([]);
  });

  it('the county and a village in it', () => {
    const r = run(
      record(1, 'zone', ZONES, '湖南省长沙市浏阳市'),
      record(2, 'other', HAPPY, '湖南省长沙市浏阳市沙市镇秧田村'),
    );
    expect(r.related.filter((x) => x.relation === 'same_place_other_programme')).toEqual([]);
  });

  it('the county and a site in it the gazetteer cannot place below the county', () => {
    for (const site of ['上海市杨浦区曙宏新村', '上海市杨浦区某某科技有限公司']) {
      const r = run(record(1, 'zone', ZONES, '上海市杨浦区'), record(2, 'other', HAPPY, site));
      expect(r.related, site).toEqual([]);
    }
  });

  it('two sites of one county the gazetteer cannot place', () => {
    const r = run(
      record(1, 'other', VILLAGES, '上海市杨浦区曙宏新村'),
      record(2, 'other', HAPPY, '上海市杨浦区长白新村'),
    );
    expect(r.related).toEqual([]);
  });

  it('one county in one programme is an identity duplicate, not a link', () => {
    const r = run(
      record(1, 'zone', ZONES, '河南省洛阳市嵩县'),
      record(2, 'zone', ZONES, '河南省洛阳市嵩县'),
    );
    expect(r.groups).toHaveLength(1);
    expect(r.related).toEqual([]);
  });
});
