/**
 * Two more shapes of one place in two programmes, both without a title, measured on the real
 * corpus imported into one ledger, where none of these pairs was linked: a county renamed since
 * one of the lists (鹿泉市 → 鹿泉区, 射洪县 → 射洪市, 望城县 → 望城区), and one township (or one
 * village the gazetteer knows only by its township's code) in two lists. Controls: a township and
 * a village of it, two villages of one township the gazetteer cannot place, a body in a township
 * the words do not place, a renamed county and a body below it, and a renamed county in one
 * programme stay unlinked, and so does a county merged into another or split (江干区 → 上城区 /
 * 钱塘区) against the county it went into.
 */
import { describe, expect, it } from 'vitest';
import { runPair as run, untitledRecord as record } from '../../support/untitled-pair';

const STREETS = '四川省基层治理示范街道(镇)';
const TOWNS = '中国特色小镇';
const VILLAGES = '中国美丽休闲乡村';
const NEW_VILLAGES = '湖南省社会主义新农村建设示范村';
const SUPPORT = '河北省双拥模范城（县）';
const HEALTH = '国家卫生县城';

describe('a county renamed since one list, in two programmes', () => {
  const renamed: [string, string][] = [
    ['鹿泉市', '石家庄市鹿泉区'],
    ['射洪县', '四川省遂宁市射洪市'],
    ['大足县', '重庆市大足区'],
  ];
  for (const [old, now] of renamed)
    it(`${old} and ${now} are linked, never grouped`, () => {
      const r = run(record(1, SUPPORT, old), record(2, HEALTH, now));
      expect(r.groups).toEqual([]);
      expect(r.related.map((x) => x.relation)).toEqual(['renamed']);
    });
});

describe('a county merged into another or split since one list', () => {
  // Each old county ended in a county that existed beside it (上城区, 拱墅区) or in one made
  // from two (崇川区 320613 from 崇川区 and 港闸区) or in two (江干区 → 上城区 / 钱塘区):
  // the old county's own record is not the record of the county it went into.
  const merged: [string, string][] = [
    ['杭州市江干区', '杭州市上城区'],
    ['杭州市江干区', '杭州市钱塘区'],
    ['杭州市下城区', '杭州市拱墅区'],
    ['南通市港闸区', '南通市崇川区'],
    ['宁波市江东区', '宁波市鄞州区'],
  ];
  for (const [old, now] of merged)
    it(`${old} and ${now} are not linked`, () => {
      const r = run(record(1, SUPPORT, old), record(2, HEALTH, now));
      expect(r.related).toEqual([]);
    });

  it('a county renamed whole under another name is linked (大同县 → 云州区)', () => {
    const r = run(record(1, SUPPORT, '大同市大同县'), record(2, HEALTH, '大同市云州区'));
    expect(r.related.map((x) => x.relation)).toEqual(['renamed']);
  });

  it('a township of a merged county is still that township', () => {
    const r = run(
      record(1, STREETS, '杭州市江干区彭埠街道'),
      record(2, TOWNS, '杭州市上城区彭埠街道'),
    );
    expect(r.related.map((x) => x.relation)).toEqual(['renamed']);
  });
});

describe('one township or village in two programmes', () => {
  it('a street written in either script and with its city or not is linked', () => {
    const r = run(
      record(1, STREETS, '成都市成华区双桥子街道'),
      record(2, TOWNS, '成華區雙橋子街道'),
    );
    expect(r.groups).toEqual([]);
    expect(r.related.map((x) => x.relation)).toEqual(['same_place_other_programme']);
  });

  it('a town written with and without its county is linked', () => {
    const r = run(record(1, TOWNS, '晉城市陽城縣潤城鎮'), record(2, STREETS, '晋城市阳城县润城镇'));
    expect(r.related.map((x) => x.relation)).toEqual(['same_place_other_programme']);
  });

  it('one village under a county renamed since one list is linked', () => {
    const r = run(
      record(1, NEW_VILLAGES, '望城县白箬铺镇光明村'),
      record(2, VILLAGES, '湖南省长沙市望城区白箬铺镇光明村'),
    );
    expect(r.groups).toEqual([]);
    expect(r.related).toHaveLength(1);
  });

  it('one village written as an administrative village in one list is linked', () => {
    const r = run(
      record(1, TOWNS, '晋城市阳城县润城镇张三李四行政村'),
      record(2, VILLAGES, '阳城县润城镇张三李四村'),
    );
    expect(r.related).toHaveLength(1);
  });
});

describe('controls that stay apart', () => {
  it('a village and a community of one name the gazetteer cannot place', () => {
    const r = run(
      record(1, TOWNS, '安徽省淮北市烈山区烈山镇榴园社区'),
      record(2, VILLAGES, '安徽省淮北市烈山区烈山镇榴园村'),
    );
    expect(r.related).toEqual([]);
  });

  it('a township and a village of it', () => {
    const r = run(
      record(1, TOWNS, '晋城市阳城县润城镇'),
      record(2, VILLAGES, '阳城县润城镇上庄村'),
    );
    expect(r.related).toEqual([]);
  });

  it('two villages of one township the gazetteer cannot place', () => {
    const r = run(
      record(1, TOWNS, '晋城市阳城县润城镇张三李四村'),
      record(2, VILLAGES, '晋城市阳城县润城镇王五赵六村'),
    );
    expect(r.related).toEqual([]);
  });

  it('a township and a body in it the words do not place', () => {
    const r = run(
      record(1, TOWNS, '晋城市阳城县润城镇'),
      record(2, VILLAGES, '阳城县润城镇敬老院'),
    );
    expect(r.related).toEqual([]);
  });

  it('a renamed county and a body below it', () => {
    const r = run(record(1, SUPPORT, '鹿泉市'), record(2, HEALTH, '石家庄市鹿泉区老年公寓'));
    expect(r.related).toEqual([]);
  });

  it('a renamed county in one programme, or one list naming none, is no link', () => {
    for (const p of [SUPPORT, null]) {
      const r = run(record(1, SUPPORT, '鹿泉市'), record(2, p, '石家庄市鹿泉区'));
      expect(r.related, String(p)).toEqual([]);
    }
  });
});
