/**
 * A page naming two honours at once, each list under its own outline heading ("一、全国文明村镇
 * 名单" over the towns and villages, "二、全国文明单位名单" over the units): each record carries
 * the list its heading gives. The heading's ordinal is no word of the name, a title conferred on
 * units (文明单位) is a programme of its own beside the towns' one, and a heading that only
 * points at the list below (具体名单如下) names none. Controls: a demonstration's umbrella
 * (…示范单位) still joins its levels, and a heading naming its list keeps that name.
 */
import { describe, expect, it } from 'vitest';
import { listName } from '../../../src/main/core/import/extract/list-name';
import { sameFamily } from '../../../src/main/core/import/extract/notice-programme';
import { readResolved } from './helpers';

describe('two honours named on one page', () => {
  it('gives each list the programme of its own heading', () => {
    const { n, codes } = readResolved(
      '一、全国文明村镇名单\n花都区梯面镇红山村\n增城区小楼镇\n番禺区南村镇\n' +
        '二、全国文明单位名单\n越秀区北京街盐运西社区\n荔湾区昌华街西关大屋社区\n',
    );
    expect(codes).toEqual(['440114', '440118', '440113', '440104', '440103']);
    expect(n.records.map((r) => r.programme ?? null)).toEqual([
      '全国文明村镇',
      '全国文明村镇',
      '全国文明村镇',
      '全国文明单位',
      '全国文明单位',
    ]);
  });

  it('reads a heading without its ordinal, and a pointer as no name', () => {
    expect(listName('二、全国文明单位名单')?.name).toBe('全国文明单位');
    expect(listName('（三）省级文明社区名单')?.name).toBe('省级文明社区');
    expect(listName('具体名单如下')).toBeNull();
    expect(listName('全国文明村镇名单如下')?.name).toBe('全国文明村镇');
    expect(listName('十佳社区名单')?.name).toBe('十佳社区');
  });

  it('keeps a demonstration umbrella with its levels, not a title conferred on units', () => {
    expect(sameFamily('全国和谐社区建设示范单位', '全国和谐社区建设示范城区')).toBe(true);
    expect(sameFamily('全国乡村治理示范村', '全国乡村治理示范乡镇')).toBe(true);
    // A pilot's umbrella likewise: a sheet of 试点单位 under a lead naming its 试点县.
    expect(sameFamily('全国乡村治理体系建设试点单位', '全国乡村治理体系建设试点县')).toBe(true);
    expect(sameFamily('全国文明单位', '全国文明村镇')).toBe(false);
    expect(sameFamily('双拥模范单位', '双拥模范城')).toBe(false);
  });
});
