/**
 * A one-column list laid out one cell per line with its 序号 alone on the line above each place
 * ("1" / "某县某街道某社区" / "2" / …), and a page that keeps one city's part of a province's list
 * under a heading naming the city with its count ("…名单 某市（3个）"): the numbered places are
 * the entries, each with its number, and the province's example in the lead ("拟命名甲市…等110个
 * 社区") is no entry of the city's part.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const PART = [
  '11月4日，某省卫生健康委发布关于省级老年友好型社区拟命名名单的公示。',
  '省卫生健康委拟命名西安市碑林区文艺路街道环南路社区等110个社区为陕西省老年友好型社区。',
  '公示时间：2021年11月4日至11月10日',
];

describe('numbers alone on the line above each place', () => {
  it('reads each numbered place as an entry with its number', () => {
    const { n, codes } = readResolved(
      [
        '陕西省老年友好型社区名单',
        '1',
        '汉台区汉中路街道上水渡社区',
        '2',
        '城固县莲花街道城东社区',
        '3',
        '佛坪县袁家庄街道袁家庄社区',
      ].join('\n'),
    );
    expect(n.records.map((r) => r.seq)).toEqual([1, 2, 3]);
    expect(codes).toEqual(['610702', '610722', '610730']);
  });

  it('keeps a number that does not run on from the entries out of the list', () => {
    const { n } = readResolved(
      ['某某名单', '汉台区汉中路街道上水渡社区', '5', '城固县莲花街道城东社区'].join('\n'),
    );
    expect(n.records.every((r) => r.seq === null)).toBe(true);
  });
});

describe("a city's part of a province's list under a heading with its count", () => {
  it("drops the province's example named in the lead", () => {
    const { codes } = readResolved(
      [
        ...PART,
        '陕西省老年友好型社区拟命名名单 汉中市（3个）↓↓↓',
        '1',
        '汉台区汉中路街道上水渡社区',
        '2',
        '城固县莲花街道城东社区',
        '3',
        '佛坪县袁家庄街道袁家庄社区',
      ].join('\n'),
    );
    expect(codes).toEqual(['610702', '610722', '610730']);
  });
});
