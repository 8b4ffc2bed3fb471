/**
 * A grading list whose lines name a county once, then its townships' facilities ("潮安区：
 * 庵埠镇文化服务中心、彩塘镇文化服务中心"): each facility is graded for its township, so each is
 * an entry at that township, placed in the label's county, with no title.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const read = (lines: string[]) => readResolved(lines.join('\n\n'));

describe('township facilities under a county label', () => {
  it('reads each facility as its township, in the county the label names', () => {
    const { n, codes } = read([
      '潮州市2020年度综合文化站评估定级结果名单',
      '一、特级文化站(5个)',
      '潮安区：庵埠镇文化服务中心、彩塘镇综合文化站、古巷镇党群服务中心、东凤镇文化服务中心',
      '饶平县：黄冈镇文化服务中心',
      '二、一级',
    ]);
    expect(n.records.map((r) => r.regionText)).toEqual([
      '庵埠镇',
      '彩塘镇',
      '古巷镇',
      '东凤镇',
      '黄冈镇',
    ]);
    expect(n.records.map((r) => r.title)).toEqual(['', '', '', '', '']);
    expect(codes).toEqual(['445103', '445103', '445103', '445103', '445122']);
  });

  it('leaves township facilities that no county label heads as passing mentions', () => {
    const { n } = read(['庵埠镇文化服务中心、彩塘镇综合文化站开展了文艺汇演。']);
    expect(n.records).toEqual([]);
  });

  it('reads no township office under a county label as a facility', () => {
    const { n } = read([
      '名单',
      '一、特级文化站(2个)',
      '潮安区：庵埠镇人民政府办公室、彩塘镇人民政府办公室',
    ]);
    expect(n.records.map((r) => r.regionText)).not.toContain('庵埠镇');
  });
});
