/**
 * A run of places whose sentence goes on to their organs' officers speaking at or attending a
 * meeting names where the speakers come from, not units of a programme; the same run named by a
 * membership verb is the list.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const HEAD = '全省婚姻管理暨婚俗改革工作推进会在东台召开\n会议总结了我省婚俗改革推进成果。\n';

describe('places of a meeting’s speakers', () => {
  it('are no entries when their organs’ officers spoke, the run cut by a wrapped line', () => {
    const text =
      HEAD +
      '参会人员实地观摩了东台市婚姻登记中心。徐州市、南京市建邺区、无锡市滨湖区、东台\n' +
      '市、句容市民政局相关负责同志做了交流发言。\n';
    expect(readResolved(text).codes).toEqual([]);
  });

  it('are no entries when the places themselves gave the talks', () => {
    const text = HEAD + '会上，南京市建邺区、无锡市滨湖区、盐城市东台市作典型发言。\n';
    expect(readResolved(text).codes).toEqual([]);
  });

  it('are no entries when their officers only attended', () => {
    const text = HEAD + '南京市建邺区、无锡市滨湖区、盐城市东台市民政局分管负责同志参加会议。\n';
    expect(readResolved(text).codes).toEqual([]);
  });

  it('stay the list when a membership verb names them', () => {
    const text =
      HEAD +
      '南京市建邺区、无锡市滨湖区、盐城市东台市被确认为全国婚俗改革实验区，相关负责同志参加会议。\n';
    expect(readResolved(text).codes).toEqual(['320105', '320211', '320981']);
  });

  it('are no entries when the run closes with its count before the talks', () => {
    const text =
      HEAD + '会上，江苏、浙江湖州市德清县、山东滨州市阳信县、重庆万州区等四个地区作了交流发言。\n';
    expect(readResolved(text).codes).toEqual([]);
  });

  it('stay the list when the counted run is named by a membership verb, the talks told apart', () => {
    const text =
      HEAD +
      '浙江湖州市德清县、山东滨州市阳信县、重庆万州区等三个地区被确认为全国婚俗改革实验区。会上，相关负责同志作了交流发言。\n';
    expect(readResolved(text).codes).toEqual(['330521', '371622', '500101']);
  });
});
