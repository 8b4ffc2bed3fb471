/**
 * A city's development zone written short between the city and a township ("…市高新区某某街道
 * 某某社区") is no division, so the division list stops at the city; the rest of the line still
 * goes on down to the entry as a township and community do. Read as the city doing something,
 * a line of a list ended the list there and lost it and every line after it.
 */
import { describe, expect, it } from 'vitest';
import { gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { readPlaces } from '../../../src/main/core/import/extract/prose-piece';
import { readResolved } from './helpers';

const read = (text: string) =>
  readPlaces({ text, start: 0 }, gazetteerRegionLookup(), { leadIn: false });

describe('a city’s development zone before a township', () => {
  it('is read down to the community as one entry', () => {
    const [place, ...more] = read('洛阳市高新区丰华路街道河洛社区');
    expect(more).toEqual([]);
    expect(place?.regionText).toBe('洛阳市高新区丰华路街道河洛社区');
    expect(place?.rest).toBe('none');
  });

  it('the same with the zone’s own name before its short word', () => {
    expect(read('武汉市东湖高新区关东街道光谷社区')[0]?.rest).toBe('none');
  });

  it('a zone line that says something stays the city doing it', () => {
    expect(read('洛阳市高新区丰华路街道积极推进社区建设')[0]?.rest).toBe('activity');
    expect(read('洛阳市高新区丰华路街道河洛社区入选')[0]?.regionText).not.toBe(
      '洛阳市高新区丰华路街道河洛社区入选',
    );
  });

  it('keeps the zone’s line and the lines after it in a list of lines', () => {
    const { n, codes } = readResolved(
      [
        '5个省级示范社区名单：',
        '开封市龙亭区北书店街街道龙亭社区',
        '许昌市魏都区西大街街道七里店社区',
        '洛阳市高新区丰华路街道河洛社区',
        '周口市川汇区七一路街道建设社区',
        '南阳市卧龙区七一街道新华社区',
      ].join('\n'),
    );
    expect(n.records).toHaveLength(5);
    expect(codes[2]?.startsWith('4103')).toBe(true);
  });
});
