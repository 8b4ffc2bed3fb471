/**
 * "截至目前，已建成温江、武侯、双流、金牛4个国家体育产业示范基地": after 建成 (or 已有), a verb of
 * having like 共有, the first name written short opens the enumeration as the rest do, so the
 * tally keeps its first unit. Control: a county that built a facility is a story, no entry.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const HEAD = '成都已建成4个国家体育产业示范基地\n近年来，成都大力发展体育产业，截至目前，';

describe('a tally after 建成 or 已有', () => {
  it('keeps its first unit written short', () => {
    expect(
      readResolved(HEAD + '已建成温江、武侯、双流、金牛4个国家体育产业示范基地。\n').codes,
    ).toEqual(['510115', '510107', '510116', '510106']);
    expect(
      readResolved(HEAD + '成都已有温江、武侯、双流、金牛4个国家体育产业示范基地。\n').codes,
    ).toEqual(['510115', '510107', '510116', '510106']);
  });

  it('a facility built is no entry', () => {
    const { n } = readResolved(
      '体育设施建设提速\n今年以来，成都投资建成温江区体育中心，新增健身步道20公里。\n',
    );
    expect(n.records).toEqual([]);
  });
});
