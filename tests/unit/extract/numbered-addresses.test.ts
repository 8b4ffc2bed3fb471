/**
 * A numbered list whose lines are each one full address ("1、浙江省湖州市安吉县余村"): one
 * record per line, the village the region splitter could not place is the unit (never a
 * title), the region is read from the whole line, and a line that is only a province or a
 * prefecture is context or a cut entry — never a record.
 */
import { describe, expect, it } from 'vitest';
import { codes, readResolved } from './helpers';

function read(lines: string[]) {
  const { n, codes: regionCodes } = readResolved(lines.join('\n\n'));
  return { n, regionCodes };
}

describe('numbered lines that are each a full address', () => {
  it('makes the unplaced village the unit, reads the region from the whole line', () => {
    const { n, regionCodes } = read([
      '近日，浙江省湖州市安吉县余村等五个村获评年度美丽乡村。以下是具体名单：',
      '1、浙江省湖州市安吉县余村',
      '2、江苏省苏州市吴江区七都镇（开弦弓村）',
      '3、湖南省湘西州花垣县十八洞新村',
      '4、四川省成都市郫都区战旗社区',
      '5、贵州省遵义市',
    ]);
    expect(n.records).toHaveLength(4);
    expect(n.records.every((r) => r.title === '')).toBe(true);
    expect(n.records[1]?.regionText).toBe('江苏省苏州市吴江区七都镇（开弦弓村）');
    expect(n.records[1]?.unit).toBe('七都镇（开弦弓村）');
    expect(regionCodes.slice(0, 2)).toEqual(['330523', '320509']);
    // The cut last line is said, and the stated five is not reached.
    expect(codes(n)).toEqual(expect.arrayContaining(['count_mismatch', 'truncated_item']));
  });

  it('a province line in the middle is the context of the lines after it', () => {
    const { n } = read([
      '获评名单如下：',
      '1、福建省南平市武夷山市五夫镇',
      '2、福建省宁德市屏南县熙岭乡',
      '3、江西省',
      '4、婺源县江湾镇',
      '5、上饶市广丰区壶峤镇',
    ]);
    expect(n.records.map((r) => r.seq)).toEqual([1, 2, 4, 5]);
    expect(n.records[2]?.regionContext?.province).toBe('江西省');
  });

  it('a theme that ends in 乡村 stays a title', () => {
    const { n } = read([
      '典型案例名单如下：',
      '1、浙江省湖州市安吉县打造美丽乡村',
      '2、浙江省嘉兴市桐乡市建设和美乡村',
    ]);
    expect(n.records.map((r) => r.title)).toEqual(['打造美丽乡村', '建设和美乡村']);
  });

  it('a list of county zones keeps a line that is a prefecture', () => {
    const { n } = read([
      '确认以下单位为实验区：',
      '1、江苏省苏州市',
      '2、浙江省杭州市上城区',
      '3、山东省青岛市市北区',
    ]);
    expect(n.records).toHaveLength(3);
  });
});
