/**
 * A county-level place written short, its level word left out, as the subject of a naming
 * passive ("某地被民政部确认为…实验区"): the division list reads the short name alone there as
 * it does before 入选, so the place is the one zone the sentence names. A person's name before
 * the same verb is no place.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('a short place before 被…确认为', () => {
  it('is the zone the sentence names', () => {
    const { n, codes } = readResolved(
      [
        '会议强调,要以品牌建设推动婚姻家庭高质量发展。',
        '2021年,浏阳被民政部确认为第二批全国婚俗改革实验区,今年为评估验收年。',
      ].join('\n\n'),
    );
    expect(n.records.map((r) => r.regionText)).toEqual(['浏阳']);
    expect(codes).toEqual(['430181']);
  });

  it('leaves a person before the same verb alone', () => {
    const { n } = readResolved(
      '2021年,张明被民政部确认为全国婚俗改革工作联络员,今年为评估验收年。',
    );
    expect(n.records).toHaveLength(0);
  });
});
