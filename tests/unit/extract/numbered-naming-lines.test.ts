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
});
