/**
 * A Word list's section heading keeps its count in brackets on one line: a wrap that cut
 * （第二批，12个） would leave 个） alone under a long programme's name.
 */
import { describe, expect, it } from 'vitest';
import { keepCountWhole } from '../../../src/main/core/export/list-groups';
import { ems } from '../../../src/main/core/export/text-measure';

describe('section headings', () => {
  it('one line when it fits', () => {
    expect(keepCountWhole('一、全国社区治理和服务创新实验区（3个）')).toBe(
      '一、全国社区治理和服务创新实验区（3个）',
    );
  });

  it('breaks before the count when the line would cut it', () => {
    // 25 ems on the first line (two are the indent): the name fills 23, the count would wrap
    const name = '二、全国农村社区治理和服务创新综合改革实验';
    expect(ems(name)).toBe(21);
    const heading = `${name}（第二批，12个）`;
    expect(keepCountWhole(heading)).toBe(`${name}\n（第二批，12个）`);
  });

  it('leaves a count that starts a wrapped line whole as it is', () => {
    // the name fills the first line exactly: the count starts the second line on its own
    const name = '三、全国农村社区治理和服务创新综合改革试点实验单位';
    expect(ems(name)).toBe(25);
    expect(keepCountWhole(`${name}（1个）`)).toBe(`${name}（1个）`);
  });

  it('a heading without a count in brackets is left alone', () => {
    const long = '四、全国农村社区治理和服务创新综合改革试点实验单位名单之补充';
    expect(keepCountWhole(long)).toBe(long);
  });
});
