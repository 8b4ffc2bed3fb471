/**
 * A list of place names as a table of name (with its kind in brackets) and the place it lies
 * in: "地名名称（类别）" heads the named places, "所在政区" their division. The header row is no
 * entry, and the name with its kind is the unit, never a title.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const TABLE = [
  '某省民政厅关于认定并公布甲湖等4个省级地名文化遗产的通知',
  '附件：省级地名文化遗产地名名录',
  '地名名称（类别）\t所在政区',
  '趵突泉（自然地理实体）\t济南市历下区',
  '曲水亭街（街巷）\t济南市历下区',
  '孔林（建筑物）\t曲阜市',
  '南阳镇（政区）\t微山县',
].join('\n');

describe('a table of place names and the divisions they lie in', () => {
  it('reads each row as one place in its division, with no title and no header entry', () => {
    const { n, codes } = readResolved(TABLE);
    expect(n.records.map((r) => r.title)).toEqual(['', '', '', '']);
    expect(codes).toEqual(['370102', '370102', '370881', '370826']);
  });
});
