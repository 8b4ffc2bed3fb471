/**
 * An organ listed among places and named with them as one of a programme's pilot units
 * ("甲省民政厅、乙市、丙县等80个地区(单位)作为…", "…被民政部确定为…"): the organ is an entry at
 * its place, as the places are. An organ that only took part in something is still none.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('an organ listed among the pilot places', () => {
  it('is an entry when the run is counted as the units named', () => {
    const { n, codes } = readResolved(
      '日前，民政部确定甘肃省民政厅、兰州市、榆中县等80个地区(单位)作为全国殡葬综合改革试点地区(单位)。',
    );
    expect(codes).toEqual(['620000', '620100', '620123']);
    // The department is named as itself, and is an area's pilot like the places.
    expect(n.records.map((r) => [r.kind, r.unit ?? null])).toEqual([
      ['zone', '甘肃省民政厅'],
      ['zone', null],
      ['zone', null],
    ]);
  });

  it('is an entry when the naming verb follows the run', () => {
    const { codes } = readResolved(
      '甘肃省民政厅、兰州市、榆中县被民政部确定为全国殡葬综合改革试点地区(单位)。各试点地区要制订试点工作方案。',
    );
    expect(codes).toEqual(['620000', '620100', '620123']);
  });

  it('is no entry when the organs only took part', () => {
    const { n } = readResolved(
      '甘肃省民政厅、兰州市民政局参加了全国殡葬综合改革试点工作座谈会，交流了经验。',
    );
    expect(n.records).toHaveLength(0);
  });
});
