/**
 * A provincial organ approving what follows ("某省民政厅同意将A、B…等N个地区确认为…"): the
 * entries start after its 同意将, so the first entry, written right after the verb in the same
 * piece as the organ, is one of them and the organ's province is none.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('the first entry after an organ’s 同意将', () => {
  it('is kept, the organ’s province is no entry', () => {
    const { n, codes } = readResolved(
      '据了解,湖南省民政厅同意将长沙市,岳阳市平江县、华容县,郴州市等4个地区确认为全省婚俗改革实验区。',
    );
    expect(n.records.map((r) => r.regionText)).toEqual([
      '长沙市',
      '岳阳市平江县',
      '华容县',
      '郴州市',
    ]);
    expect(codes).toEqual(['430100', '430626', '430623', '431000']);
  });
});
