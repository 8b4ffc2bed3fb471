/**
 * A village's or community's own committee named as the honoured unit in a story's sentence
 * ("…社区居民委员会获…称号"): the committee is the entry, placed where its community lies; the
 * village written with a person honoured beside it is no entry.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('a committee honoured in prose', () => {
  it('reads a residents’ committee after its street and district, not the village of a person', () => {
    const { n, codes } = readResolved(
      '近日，民政部印发表彰决定。其中，我市淇滨区九州路街道福源社区居民委员会获全国先进基层群众性自治组织称号，浚县屯子镇裴庄村党支部书记、村委会主任李四获全国优秀城乡社区工作者称号。',
    );
    expect(n.records.map((r) => r.regionText)).toEqual(['淇滨区九州路街道福源社区居民委员会']);
    expect(codes).toEqual(['410611']);
  });

  it('reads a villagers’ committee after its county and town', () => {
    const { codes } = readResolved(
      '其中，淇县北阳镇油城村村民委员会获全国先进基层群众性自治组织称号。',
    );
    expect(codes).toEqual(['410622']);
  });
});
