/**
 * An attachment copied into one paragraph, its items numbered 1. 2. 3. and closed by semicolons
 * ("1.浙江省三门县，命名为“三门国家体育产业示范基地”;2.…"), reads one item a line again, and the
 * name the honour gives each place (命名为“…国家…示范基地”) is no title of the unit's own.
 * Controls: a decimal (1.5亿) is no number opening an item, two items are no run, and a quoted
 * name with no honour word after 命名为 stays the title.
 */
import { describe, expect, it } from 'vitest';
import { itemsOnTheirLines } from '../../../src/main/core/import/extract/inline-items';
import { isHonourNaming } from '../../../src/main/core/import/extract/naming-clause';
import { readResolved } from './helpers';

const RUN =
  '1.浙江省三门县，命名为“三门国家体育产业示范基地”;2.河南省睢县，命名为“睢县国家体育产业示范基地”;' +
  '3.山东省临沂市兰山区，命名为“兰山国家体育产业示范基地”。';

describe('items numbered with a dot run into one paragraph', () => {
  it('are entries at their places, with no title', () => {
    const { n, codes } = readResolved('2020年国家体育产业基地评选结果\n' + RUN + '\n');
    expect(codes).toEqual(['331022', '411422', '371302']);
    expect(n.records.map((r) => r.title)).toEqual(['', '', '']);
  });

  it('break into lines only for a run of three from one', () => {
    expect(itemsOnTheirLines(RUN).text.split('\n')).toHaveLength(3);
    const two = '1.浙江省三门县，命名为“甲”;2.河南省睢县，命名为“乙”。';
    expect(itemsOnTheirLines(two).text).toBe(two);
    const decimal = '总规模达到1.5亿元;2.3万人次参与;3.2倍于去年。';
    expect(itemsOnTheirLines(decimal).text).toBe(decimal);
  });

  it('a naming with no honour word is the unit own title', () => {
    expect(isHonourNaming('，命名为“三门国家体育产业示范基地”;')).toBe(true);
    expect(isHonourNaming('命名为“三级六步”工作法')).toBe(false);
    expect(isHonourNaming('，命名为“枫桥经验”')).toBe(false);
  });

  it('a development zone read at its city leaves no title before its naming', () => {
    expect(isHonourNaming('高新技术产业开发区，命名为“合肥高新区国家体育产业示范基地”;')).toBe(
      true,
    );
    const { n, codes } = readResolved(
      '2020年国家体育产业基地评选结果\n' +
        RUN.replace('2.河南省睢县', '2.安徽省合肥市高新技术产业开发区'),
    );
    expect(codes[1]).toBe('340100');
    expect(n.records.map((r) => r.title)).toEqual(['', '', '']);
    // Look-alikes: a unit's own words before the naming, or a zone with no naming after it.
    expect(isHonourNaming('体育公园，命名为“国家体育产业示范基地”')).toBe(false);
    expect(isHonourNaming('高新技术产业开发区')).toBe(false);
  });
});
