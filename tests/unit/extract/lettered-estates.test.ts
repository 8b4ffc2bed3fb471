/**
 * A residential estate written with its lettered section ("某某A区") after its street office,
 * in a sentence listing communities: the section closes the estate's name, and the estate is
 * an entry placed in the district before it (its 区 is no county of its own).
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('an estate’s lettered section', () => {
  it('closes the name before the example count and before the verb', () => {
    const listed = readResolved(
      '郑州市二七区淮河路街道办事处兴华社区、洛阳市西工区王城路办事处金谷B区等5个社区被授予全省文明社区称号。',
    );
    expect(listed.n.records.map((r) => r.regionText)).toEqual([
      '郑州市二七区淮河路街道办事处兴华社区',
      '洛阳市西工区王城路办事处金谷B区',
    ]);
    expect(listed.codes).toEqual(['410103', '410303']);
    const alone = readResolved('洛阳市西工区王城路办事处金谷B区被授予全省文明社区称号。');
    expect(alone.codes).toEqual(['410303']);
  });
});
