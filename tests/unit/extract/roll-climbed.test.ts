/**
 * Places told as climbing onto a list's roll (A、B荣登榜单, …荣登第六届…榜) are its members, as
 * 上榜 and 榜上有名 already make them, and so is a place among those just named (A跻身其中, as
 * A位列其中); a ranking's top or table climbed (荣登榜首, …排行榜, …百强榜) makes no member.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const places = (text: string) => readResolved(text).codes;

describe('places climbing onto a list’s roll', () => {
  it('reads the places before 荣登榜单 as the list’s entries', () => {
    expect(
      places(
        '第六届全国文明城市名单发布\n在新上榜的133个全国文明城市中，湖南省郴州市、娄底市、宁乡市、湘潭县荣登榜单。',
      ),
    ).toEqual(['431000', '431300', '430182', '430321']);
  });

  it('reads a place among those just named (跻身其中) as the list’s entry', () => {
    expect(
      places(
        '沛县进激励名单\n省农业农村厅在第一等次的名单中选取11个激励县（市）区，江苏省徐州市沛县跻身其中。',
      ),
    ).toEqual(['320322']);
  });

  it('reads no entry where a ranking’s top or table is climbed', () => {
    expect(places('百强县榜单发布\n江苏省昆山市、江阴市、张家港市荣登榜首。')).toEqual([]);
    expect(places('百强县榜单发布\n江苏省昆山市、江阴市、张家港市荣登全国百强县排行榜。')).toEqual(
      [],
    );
    expect(places('百强县榜单发布\n江苏省昆山市、江阴市、张家港市荣登全国百强榜。')).toEqual([]);
  });

  it('reads no entry where a chart of attention is climbed', () => {
    expect(places('文旅热点\n端午假期，浙江省湖州市安吉县、丽水市松阳县荣登抖音热搜榜。')).toEqual(
      [],
    );
    expect(
      places('文旅热点\n端午假期，浙江省湖州市安吉县、丽水市松阳县荣登全国县域旅游人气榜。'),
    ).toEqual([]);
  });
});
