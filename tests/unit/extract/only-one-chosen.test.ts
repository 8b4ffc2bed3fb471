/**
 * A story's one unit told as the only one of its place chosen ("某社区成为全省唯一入选的试点社区",
 * "…是某市唯一上榜的社区"): the unit is the entry, as with 入选. The only one of its place in
 * something else ("是全市唯一一个有百年历史的社区") is no membership and stays out.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const LEAD = '近日，某部等七部门联合发文，在全国选取100个社区开展为期2年的完整社区建设试点，';

describe('a unit told as the only one of its place chosen', () => {
  it('is the entry', () => {
    for (const tail of ['成为全省唯一入选的试点社区。', '是全省唯一上榜的社区。']) {
      const { codes } = readResolved(`${LEAD}湖南省长沙市岳麓区望岳街道银杉社区${tail}`);
      expect(codes).toEqual(['430104']);
    }
  });

  it('is no entry when it is the only one of its place in something else', () => {
    const { n } = readResolved(
      `${LEAD}湖南省长沙市岳麓区望岳街道银杉社区是全市唯一一个有百年历史的社区。`,
    );
    expect(n.records).toHaveLength(0);
  });
});
