/** Small parsers: numerals, dates, 文号, region splitting. */
import { describe, expect, it } from 'vitest';
import { parseNumber, parseYear } from '../../../src/main/core/import/extract/chinese-numerals';
import { parseDate } from '../../../src/main/core/import/extract/dates';
import { docNoSuspicion, findDocNumbers } from '../../../src/main/core/import/extract/doc-number';
import { heuristicRegionLookup } from '../../../src/main/core/import/extract/region-heuristic';
import { toKey } from '../../../src/main/core/import/extract/text-key';

describe('numerals and dates', () => {
  it('parses Chinese numerals', () => {
    expect([
      parseNumber('两'),
      parseNumber('三'),
      parseNumber('十二'),
      parseNumber('二十五'),
      parseNumber('一百零八'),
    ]).toEqual([2, 3, 12, 25, 108]);
    expect(parseYear('二〇一九')).toBe(2019);
    expect(parseYear('二零二三')).toBe(2023);
  });
  it('parses every date form and rejects impossible ones', () => {
    for (const [text, iso] of [
      ['2019年3月25日', '2019-03-25'],
      ['二〇一九年三月二十五日', '2019-03-25'],
      ['2020/12/31', '2020-12-31'],
      ['2022-03-18', '2022-03-18'],
      ['2022.3.18', '2022-03-18'],
      ['2021年2月30日', null],
      ['2021年13月1日', null],
    ] as const) {
      expect(parseDate(toKey(text))).toBe(iso);
    }
  });
});

describe('文号', () => {
  it('normalises bracket variants and keeps the raw form', () => {
    for (const raw of [
      '民函〔2019〕41号',
      '民函[2019]41号',
      '民函(2019)41号',
      '民函【2019】41号',
      '民函［2019］41号',
    ]) {
      const d = findDocNumbers(toKey(raw), raw)[0];
      expect(d?.normalised).toBe('民函〔2019〕41号');
      expect(d?.raw).toBe(raw);
    }
  });
  it('flags a prefix the issuer cannot have', () => {
    const bad = findDocNumbers('美办函〔2022〕7号', '美办函〔2022〕7号')[0];
    const good = findDocNumbers('吉民发〔2019〕30号', '吉民发〔2019〕30号')[0];
    expect(bad && docNoSuspicion(bad, '民政部办公厅')).toContain('民办函');
    expect(good && docNoSuspicion(good, '吉林省民政厅')).toBeNull();
    expect(good && docNoSuspicion(good, '江苏省民政厅')).not.toBeNull();
  });
});

describe('heuristic region splitter', () => {
  const split = (t: string): string | null =>
    heuristicRegionLookup.splitPrefix(t, {})?.regionText ?? null;
  it('splits run-together headings and keeps tricky names', () => {
    expect(split('北京市朝阳区实施“社区成长伙伴计划”')).toBe('北京市朝阳区');
    expect(split('湖南省湘潭市雨湖区强基础 促合力')).toBe('湖南省湘潭市雨湖区');
    expect(split('山西省阳泉市城区')).toBe('山西省阳泉市城区');
    expect(split('湖南省常德市津市市')).toBe('湖南省常德市津市市');
    expect(split('南陵县许镇镇马仁村')).toBe('南陵县许镇镇马仁村');
    expect(split('南县')).toBe('南县');
    expect(split('苏州高新区枫桥街道——探索')).toBe('苏州高新区枫桥街道');
    expect(split('上海市浦东新区：建设')).toBe('上海市浦东新区');
    expect(split('河南省新乡市红旗区')).toBe('河南省新乡市红旗区');
    expect(split('北京市东城区打造社区')).toBe('北京市东城区');
    expect(split('吉林市船营区')).toBe('吉林市船营区');
    expect(split('中国翻译认知研究会')).toBeNull();
  });
  it('knows which province a prefecture belongs to', () => {
    expect(heuristicRegionLookup.provinceOf?.('南京市栖霞区')).toBe('江苏省');
    expect(heuristicRegionLookup.provinceOf?.('吉林市船营区')).toBe('吉林省');
  });
});
