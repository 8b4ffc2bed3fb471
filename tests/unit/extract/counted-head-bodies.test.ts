/**
 * Units one a line under their province's or city's count ("（某省3个）"): the count line heads
 * exactly the lines it states, each a unit (a bureau, a home, a centre) placed by its own name
 * or at the heading's place; it is neither an entry nor a signature, and a count the lines below
 * do not meet reads nothing.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const LEAD = '近日，有关部门印发表彰决定，平遥县民政局等3个单位被授予“全国老龄工作先进集体”称号。';

describe('units under a province’s or city’s count', () => {
  it('reads the counted lines as units at the places their names open with', () => {
    const { n, codes } = readResolved(
      [LEAD, '（山西省3个）', '平遥县民政局', '太原市康复养护院', '介休市康乐老年公寓'].join('\n'),
    );
    expect(n.records.map((r) => r.unit)).toEqual([
      '平遥县民政局',
      '太原市康复养护院',
      '介休市康乐老年公寓',
    ]);
    expect(n.records.map((r) => r.title)).toEqual(['', '', '']);
    expect(codes).toEqual(['140728', '140100', '140781']);
    expect(n.metadata.issuer).toBeNull();
  });

  it('reads several provinces’ shares, the count written after the place', () => {
    const { codes } = readResolved(
      [
        LEAD,
        '山西省（2个）',
        '平遥县民政局',
        '介休市康乐老年公寓',
        '陕西省（1个）',
        '宝鸡市老年养护中心',
      ].join('\n'),
    );
    expect(codes).toEqual(['140728', '140781', '610300']);
  });

  it('reads nothing under a count the lines below do not meet', () => {
    const { n } = readResolved(
      [LEAD, '（山西省3个）', '平遥县民政局', '太原市康复养护院'].join('\n'),
    );
    expect(n.records.map((r) => r.unit)).not.toContain('太原市康复养护院');
  });
});
