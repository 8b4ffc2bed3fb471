/**
 * A unit line with its honour on the line below, where the unit is a group or body named
 * after its place ("某县某镇志愿者服务队" / "获评优秀组织典型"): an entry at that place, the
 * line its unit's name; a person's line beside it is none. Composed from the shape.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('a group named after its place over its honour line', () => {
  it('is an entry at its town, beside a village, and a person is none', () => {
    const { n, codes } = readResolved(
      [
        '我市本季度志愿服务典型确定。',
        '获评名单',
        '志愿者李某某',
        '获评优秀个人典型',
        '远安县茅坪场镇志愿者服务队',
        '获评优秀组织典型',
        '秭归县茅坪镇月亮包村',
        '获评优秀村级典型',
      ].join('\n'),
    );
    expect(n.records.map((r) => r.regionText)).toEqual(['远安县茅坪场镇', '秭归县茅坪镇月亮包村']);
    expect(n.records[0]?.unit).toBe('远安县茅坪场镇志愿者服务队');
    expect(codes).toEqual(['420525', '420527']);
  });
});
