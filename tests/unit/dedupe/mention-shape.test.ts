/**
 * The way a notice wrote a unit, as a refused join remembers it (拆出为新记录): a copy's spaces
 * and letter widths do not make another shape; another place, unit, title or kind does.
 */
import { describe, expect, it } from 'vitest';
import { mentionShape } from '../../../src/main/core/dedupe/mention-shape';

const written = { regionText: '北京市东城区和平里街道', unit: null, title: '街区制治理创新' };

describe('mentionShape', () => {
  it('reads spaces and full-width letters as the notice wrote them', () => {
    expect(
      mentionShape('zone', {
        ...written,
        regionText: '北京市 东城区　和平里街道',
        title: '街区制治理创新',
      }),
    ).toBe(mentionShape('zone', written));
    expect(mentionShape('case', { regionText: 'ＡＢ社区１号', unit: null, title: null })).toBe(
      mentionShape('case', { regionText: 'AB社区1号', unit: '', title: '' }),
    );
  });

  it('tells another place, unit, title or kind apart (the controls)', () => {
    const base = mentionShape('zone', written);
    expect(
      mentionShape('zone', { ...written, regionText: '北京市东城区和平里街道青年湖社区' }),
    ).not.toBe(base);
    expect(mentionShape('zone', { ...written, unit: '和平里街道办事处' })).not.toBe(base);
    expect(mentionShape('zone', { ...written, title: '社区协商民主' })).not.toBe(base);
    expect(mentionShape('case', written)).not.toBe(base);
  });
});
