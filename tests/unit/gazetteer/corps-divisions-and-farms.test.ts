/**
 * Corps units as the corps' own papers write them: a division's bare number (七师), a
 * regiment or farm whose division only the context names, farms in place of regiments, and
 * regiments of a division that runs no city, placed where the statistical table lists them.
 */
import { describe, expect, it } from 'vitest';
import { resolveRegion } from '../../../src/main/core/gazetteer';
import { chineseNumber } from '../../../src/main/core/gazetteer/corps-townships';

describe('a division written by its bare number', () => {
  it('is read as the division where the corps is named around it', () => {
    const r = resolveRegion('七师一二三团五连', { asOf: '2021-06-01', context: '兵团' });
    expect(r.regionCode).toBe('659010');
    expect(r.note).toContain('兵团');
  });

  it('is no place where nothing names the corps', () => {
    expect(resolveRegion('七师一二三团五连', { asOf: '2021-06-01' }).regionCode).toBeNull();
    expect(resolveRegion('三师', { asOf: '2021-06-01' }).regionCode).toBeNull();
  });

  it('is read before the city the division runs, with nothing around it', () => {
    expect(resolveRegion('六师五家渠市', { asOf: '2021-06-01' }).regionCode).toBe('659004');
    const r = resolveRegion('四师可克达拉市榆树庄镇', { asOf: '2021-06-01' });
    expect(r.regionCode).toBe('659008');
    expect(r.names.town).toBe('榆树庄镇');
  });
});

describe('a regiment or farm whose division is only in the context', () => {
  it('takes the division the context names', () => {
    const r = resolveRegion('一二六团三连', {
      asOf: '2021-06-01',
      context: '新疆生产建设兵团七师',
    });
    expect(r.regionCode).toBe('659010');
    expect(
      resolveRegion('红星二场三连', { asOf: '2022-03-01', context: '兵团第十三师' }).regionCode,
    ).toBe('659011');
  });

  it('reads a farm or ranch where a regiment would stand', () => {
    expect(
      resolveRegion('芳草湖农场', { asOf: '2021-06-01', context: '兵团六师' }).regionCode,
    ).toBe('659004');
  });

  it('leaves the corps named alone unplaced, whatever division the context names', () => {
    const r = resolveRegion('新疆生产建设兵团', { context: '兵团第八师' });
    expect(r.regionCode).toBeNull();
    expect(r.note).toContain('无区划代码');
  });
});

describe('a regiment of a division that runs no city', () => {
  it('is placed where the statistical table lists it, its number in words or digits', () => {
    for (const text of ['第十二师一零四团', '第十二师104团', '新疆生产建设兵团第十二师一〇四团']) {
      const r = resolveRegion(text, { asOf: '2024-01-01' });
      expect(r.regionCode, text).toBe('650103');
      expect(r.note, text).toContain('统计用区划代码');
    }
  });

  it('stays unplaced when the table does not list it as such', () => {
    const r = resolveRegion('兵直二二二团', { asOf: '2024-01-01', context: '新疆生产建设兵团' });
    expect(r.regionCode).toBeNull();
  });

  it('compares regiment numbers as numbers', () => {
    expect(chineseNumber('八十三')).toBe(83);
    expect(chineseNumber('一百二十九')).toBe(129);
    expect(chineseNumber('一二九')).toBe(129);
    expect(chineseNumber('一〇一')).toBe(101);
    expect(chineseNumber('一零四')).toBe(104);
    expect(chineseNumber('十')).toBe(10);
    expect(chineseNumber('104')).toBe(104);
    expect(chineseNumber('红星')).toBeNull();
  });
});

describe('a regiment written alone after a corps unit of the list', () => {
  it('belongs to the division the previous item was read under', () => {
    const previous = resolveRegion('四师六十三团二连', { asOf: '2021-06-01', context: '兵团' });
    expect(previous.regionCode).toBe('659008');
    const r = resolveRegion('六十一团五连', { asOf: '2021-06-01', previous });
    expect(r.regionCode).toBe('659008');
  });

  it('is no corps unit after a plain place of the list', () => {
    const previous = resolveRegion('伊宁市', { asOf: '2021-06-01', context: '新疆维吾尔自治区' });
    expect(resolveRegion('六十一团五连', { asOf: '2021-06-01', previous }).regionCode).toBeNull();
  });
});
