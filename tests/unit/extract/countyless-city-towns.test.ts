/**
 * A city with no county level (its towns and streets sit directly under it): a notice naming
 * it in a heading lists its towns bare ("虎门镇、长安镇…", one "坦洲镇某某社区居民委员会" a line),
 * and each is an entry placed in that city, with its town's code. The same shapes under an
 * ordinary city's heading stay unplaced (a bare town is ambiguous across its counties), and a
 * town the city does not hold is never placed there.
 */
import { describe, expect, it } from 'vitest';
import { resolveRecords } from '../../../src/main/core/import/resolve-records';
import { readResolved } from './helpers';

function units(text: string) {
  const read = readResolved(text);
  const units = resolveRecords(read.n).resolved.map((r) => r.resolution?.code ?? null);
  return { ...read, units };
}

describe('towns of a city with no counties written bare', () => {
  it('reads a run of towns under the city’s heading as entries in the city', () => {
    const {
      n,
      codes,
      units: towns,
    } = units(
      ['东莞市2021年度文明镇名单', '一、文明镇', '虎门镇、长安镇、常平镇、塘厦镇'].join('\n'),
    );
    expect(n.records.map((r) => r.regionText)).toEqual(['虎门镇', '长安镇', '常平镇', '塘厦镇']);
    expect(codes).toEqual(['441900', '441900', '441900', '441900']);
    expect(towns.every((c) => c?.startsWith('441900') && c.length === 9)).toBe(true);
  });

  it('reads a town’s community or village committee one a line, the list kept whole', () => {
    const {
      n,
      codes,
      units: towns,
    } = units(
      [
        '中山市2021年“和美社区”拟命名名单',
        '坦洲镇明德社区居民委员会',
        '五桂山街道长岭居民委员会',
        '南朗街道翠亨湾村民委员会',
        '东区朝晖社区居民委员会',
      ].join('\n'),
    );
    expect(n.records.map((r) => r.regionText)).toEqual([
      '坦洲镇明德社区',
      '五桂山街道长岭居民委员会',
      '南朗街道翠亨湾村',
      '东区朝晖社区',
    ]);
    expect(codes).toEqual(['442000', '442000', '442000', '442000']);
    // 东区 is the city's street, not another city's district of that name.
    expect(towns.map((c) => c?.slice(0, 9))).toEqual([
      '442000107',
      '442000006',
      '442000008',
      '442000002',
    ]);
  });

  it('reads a list of towns one a line (a one-column sheet under its header)', () => {
    const { codes, units: towns } = units(
      ['中山市书香镇街名单', '镇街', '小榄镇', '三乡镇', '东区街道', '板芙镇'].join('\n'),
    );
    expect(codes).toEqual(['442000', '442000', '442000', '442000']);
    // 东区街道 written in full is the city's street, though the split stops at 东区.
    expect(towns[2]).toBe('442000002');
  });

  it('places each entry of a provincial list where it writes its own city', () => {
    const { codes } = readResolved(
      [
        '广东省和美社区名单',
        '中山市坦洲镇明德社区居民委员会',
        '佛山市南海区西樵镇百西村民委员会',
        '东莞市虎门镇龙眼社区居民委员会',
      ].join('\n'),
    );
    expect(codes).toEqual(['442000', '440605', '441900']);
  });
});

describe('bare towns that no city without counties holds', () => {
  it('an ordinary city’s bare towns stay unplaced and are said', () => {
    const { n, codes, warned } = readResolved(
      [
        '佛山市2019年书香镇区名单',
        '2019年佛山市书香镇区名单',
        '西樵镇、九江镇、狮山镇、大沥镇',
      ].join('\n'),
    );
    expect(codes.filter((c) => c !== null)).toEqual([]);
    expect(n.records.length === 0 ? warned : ['placed none']).toContain(
      n.records.length === 0 ? 'no_records' : 'placed none',
    );
  });

  it('a town of another city under the city’s heading is not placed in the city', () => {
    const { codes } = readResolved(
      ['中山市书香社区名单', '书香社区名单：', '西樵镇百西村民委员会', '九江镇南方村民委员会'].join(
        '\n',
      ),
    );
    expect(codes.filter((c) => c === '442000')).toEqual([]);
  });

  it('a heading naming two such cities names no one place for their towns', () => {
    const { codes } = readResolved(
      ['东莞市、中山市文明镇名单', '虎门镇、长安镇、小榄镇、三乡镇'].join('\n'),
    );
    expect(codes.filter((c) => c !== null)).toEqual([]);
  });
});
