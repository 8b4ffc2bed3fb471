/**
 * A one-column list of facilities named after the township that houses them, one line a
 * school's facility with its own quoted name between the township and the facility; composed
 * with one real county's townships and a made-up school.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('a facility a township’s school houses, in a list of facilities', () => {
  it('lies in the township and leaves the list going on after it', () => {
    const { n, codes, warned } = readResolved(
      [
        '关于示范型儿童之家候选单位的公示',
        '经审核，拟推荐醴陵市浦口镇儿童之家等4个儿童之家为示范型儿童之家候选单位，现予公示。',
        '儿童之家名称',
        '醴陵市浦口镇儿童之家',
        '醴陵市泗汾镇儿童之家',
        '醴陵市王仙镇青溪小学“向阳花”儿童之家',
        '醴陵市东富镇儿童之家',
      ].join('\n'),
    );
    expect(n.records.map((r) => r.regionText)).toEqual([
      '醴陵市浦口镇',
      '醴陵市泗汾镇',
      '醴陵市王仙镇',
      '醴陵市东富镇',
    ]);
    expect(codes).toEqual(['430281', '430281', '430281', '430281']);
    expect(warned).not.toContain('count_mismatch');
  });
});
