/**
 * The title a merge keeps by default: the survivor's in full where another record holds it
 * whole, never the longer title of another case (two rows merged by hand). Composed records.
 */
import { describe, expect, it } from 'vitest';
import { chooseSources, type MergeCandidate } from '../../../src/main/core/dedupe/survivor';

const rec = (id: number, title: string, regionCode: string, truncated = false): MergeCandidate => ({
  id,
  truncated,
  values: { title, region_code: regionCode, region_text: regionCode, unit_code: null },
});

describe('merge default for the title', () => {
  it('keeps the survivor title when the other record names another case', () => {
    const picked = chooseSources(
      [
        rec(1, '探索社区议事新路径', '110105'),
        rec(2, '实施公共服务设施提升三年行动计划', '110114'),
      ],
      1,
    );
    expect(picked.title).toBe(1);
    expect(picked.region).toBe(1);
  });

  it('takes the other record title when it holds the survivor title whole', () => {
    const picked = chooseSources(
      [
        rec(1, '以“民生', '441900', true),
        rec(2, '以“民生大莞家”推进乡镇政府服务能力提升', '441900'),
      ],
      1,
    );
    expect(picked.title).toBe(2);
    const fuller = chooseSources(
      [rec(1, '探索社区议事新路径', '110105'), rec(2, '探索社区议事新路径的实践', '110105')],
      1,
    );
    expect(fuller.title).toBe(2);
  });
});
