/**
 * Region strings as real notices write them and the general rules that read them: corps
 * units (师市合一 cities, regiments, units without a city), a county one character off,
 * a variant place name, separators between levels, a development zone followed by its
 * township, and a short county name that must not eat a township's name.
 */
import { describe, expect, it } from 'vitest';
import { resolveRegion, splitRegionPrefix } from '../../../src/main/core/gazetteer';

describe('新疆生产建设兵团', () => {
  it('a division that runs a city is that city, and so are its regiments', () => {
    expect(resolveRegion('农八师一二一团', { asOf: '2008-01-08' }).regionCode).toBe('659001');
    expect(resolveRegion('第六师五家渠市').regionCode).toBe('659004');
    const r = resolveRegion('新疆生产建设兵团第八师石河子市新城街道');
    expect(r.regionCode).toBe('659001');
    expect(r.note).toContain('兵团');
  });

  it('a city that did not exist yet on the notice date gives no code', () => {
    // 胡杨河市 was set up for the 7th division in 2019.
    expect(resolveRegion('第七师一二三团', { asOf: '2015-06-01' }).code).toBeNull();
    expect(resolveRegion('第七师一二三团', { asOf: '2021-06-01' }).regionCode).toBe('659010');
  });

  it('a unit without a city of its own is flagged, never given a code outside GB/T 2260', () => {
    for (const text of ['兵直二二二团', '新疆生产建设兵团', '第十二师']) {
      const r = resolveRegion(text, { context: '新疆生产建设兵团' });
      expect(r.code, text).toBeNull();
      expect(r.regionCode, text).toBeNull();
      expect(r.note, text).toContain('无区划代码');
    }
    // Still a region written there, so a list reader keeps the item.
    expect(splitRegionPrefix('兵直二二二团').end).toBe(6);
  });
});

describe('a county written one character off', () => {
  it('is read inside its parent when one county there is that close, and flagged', () => {
    const r = resolveRegion('齐齐哈尔市铁峰区', { asOf: '2015-06-08' });
    expect(r.regionCode).toBe('230204');
    expect(r.note).toContain('仅差一字');
  });

  it('several close names: the one that sounds the same (壁山 → 璧山, not 巫山)', () => {
    const r = resolveRegion('壁山县', { context: '重庆市', asOf: '2008-01-08' });
    expect(r.regionCode).toBe('500227');
  });

  it('is never guessed without a parent', () => {
    expect(resolveRegion('壁山县').code).toBeNull();
  });
});

describe('written forms', () => {
  it('an older form of a name (瑷珲 for 爱辉)', () => {
    expect(resolveRegion('黑河市璦琿區').regionCode).toBe('231102');
  });

  it.each([
    ['上海市／徐汇区', '310104'],
    ['江苏省·南京市·雨花台区', '320114'],
    ['重庆市 / 江北区', '500105'],
  ])('levels separated by ／ · / : %s', (text, code) => {
    expect(resolveRegion(text, { asOf: '2019-03-25' }).regionCode).toBe(code);
  });

  it('a zone nobody listed, then a township: the township says which county', () => {
    const r = resolveRegion('重庆高新区白市驿镇海龙村', { asOf: '2023-09-15' });
    expect(r.regionCode).toBe('500107');
    expect(r.note).toContain('开发区');
    expect(resolveRegion('四川天府新区太平街道桃源村').regionCode).toBe('510116');
    // A city's short name before its zone, and a zone inside the notice's scope.
    expect(resolveRegion('武汉东湖高新区关东街道').regionCode).toBe('420111');
    expect(resolveRegion('两江新区礼嘉街道', { context: '重庆市' }).regionCode).toBe('500112');
    // Never nationwide: without a scope a zone's township is not guessed.
    expect(resolveRegion('两江新区礼嘉街道').regionCode).toBeNull();
  });

  it('a short county name followed by 镇 is the township’s own name (琅琊镇, not 琅琊区)', () => {
    expect(resolveRegion('琅琊镇王家台后村', { context: '山东省青岛市黄岛区' }).regionCode).toBe(
      '370211',
    );
  });
});
