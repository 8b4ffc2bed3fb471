/**
 * A story listing units by their short names closes the run with its count ("A、B、C等3个…"):
 * the last short name sits right before 等, and the division list reads a short name only
 * when nothing follows it, so it was tried alone only before a bare count. A count after 等
 * closes the entry as well, so the run keeps all the units it counts. Composed from our own
 * sentences; the short names are real counties.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const story = (sentence: string) =>
  readResolved(['我省园区通过验收', `本报讯 近日，${sentence}`].join('\n'));

describe('a short name right before 等N个', () => {
  it('is the last entry of the run the count closes', () => {
    const { codes } = story('某某省公布第三批验收结果，滦平、固安、威县、香河等4个园区通过验收。');
    expect(codes).toEqual(['130824', '131022', '130533', '131024']);
  });

  it('is read after a province written short before the first', () => {
    const { codes } = story('河北丰宁、涿州、香河等3个县入选全国示范县。');
    expect(codes).toEqual(['130826', '130681', '131024']);
  });

  it('takes no ordinary word before 等N个 for a place', () => {
    const { codes } = story('滦平、固安、建设等3个园区通过验收。');
    expect(codes.filter((c) => c !== '130824' && c !== '131022')).toEqual([]);
  });
});
