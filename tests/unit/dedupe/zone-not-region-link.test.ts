/**
 * A development zone or new area the gazetteer cannot place keeps its city's (or county's)
 * code, and its name ends as a region's does: measured on the real corpus imported into one
 * ledger, 兰州新区 (and 兰州新区中川园区, a park in it) was linked to 兰州市's own record in
 * another programme, eleven wrong links. Controls: the same zone in two programmes written two
 * ways is still linked, and a region's own name ending in 区 (浦东新区, an old name 璦琿區) is
 * still the region's own.
 */
import { describe, expect, it } from 'vitest';
import { zoneBelowRegion } from '../../../src/main/core/dedupe/zone-below-region';
import { pairRelations as relations, untitledAt as at } from '../../support/untitled-pair';

const PILOTS = '城市一刻钟便民生活圈全域推进先行区试点';
const DEVICES = '国家康复辅助器具产业综合创新试点';

describe('a zone the gazetteer cannot place, filed at its city’s code', () => {
  it('is not the city’s own record', () => {
    for (const zone of ['甘肃省兰州新区', '甘肃省兰州市兰州新区', '甘肃省兰州新区中川园区']) {
      expect(
        relations(at(1, PILOTS, '甘肃省兰州市', '620100'), at(2, DEVICES, zone, '620100')),
        zone,
      ).toEqual([]);
    }
    expect(
      relations(
        at(1, PILOTS, '广东省中山市', '442000'),
        at(2, DEVICES, '广东省中山市火炬开发区', '442000'),
      ),
    ).toEqual([]);
  });

  it('is named by what is written below its region, the region’s name not repeated', () => {
    const lanzhou = zoneBelowRegion('甘肃省兰州新区', '620100');
    expect(lanzhou).not.toBeNull();
    expect(zoneBelowRegion('甘肃省蘭州市蘭州新區', '620100')).toBe(lanzhou);
    expect(zoneBelowRegion('甘肃省兰州新区中川园区', '620100')).not.toBe(lanzhou);
  });
});

describe('controls', () => {
  it('one zone in two programmes is still linked; a zone and a park in it are not', () => {
    expect(
      relations(
        at(1, PILOTS, '甘肃省兰州新区', '620100'),
        at(2, DEVICES, '甘肃省兰州市兰州新区', '620100'),
      ),
    ).toEqual(['same_place_other_programme']);
    expect(
      relations(
        at(1, PILOTS, '甘肃省兰州新区', '620100'),
        at(2, DEVICES, '甘肃省兰州新区中川园区', '620100'),
      ),
    ).toEqual([]);
  });

  it('one zone written with its city’s full or short name, or its province’s, is linked', () => {
    // 安阳市高新区 and 安阳高新区 (豫 lists), 铜川市新区 and 铜川新区, 四川天府新区 as 成都's
    for (const [x, y, code] of [
      ['河南省安阳市高新区', '安阳高新区', '410500'],
      ['陕西省铜川市新区', '铜川新区', '610200'],
      ['四川省四川天府新区', '成都天府新区', '510100'],
    ]) {
      expect(relations(at(1, PILOTS, x!, code!), at(2, DEVICES, y!, code!)), x).toEqual([
        'same_place_other_programme',
      ]);
    }
    // two zones of one city stay two
    expect(
      relations(at(1, PILOTS, '安阳市高新区', '410500'), at(2, DEVICES, '安阳市开发区', '410500')),
    ).toEqual([]);
  });

  it('a region whose own name ends in 区 is still the region’s own record', () => {
    expect(zoneBelowRegion('上海市浦东新区', '310115')).toBeNull();
    expect(zoneBelowRegion('黑河市璦琿區', '231102')).toBeNull();
    expect(
      relations(at(1, PILOTS, '上海市浦东新区', '310115'), at(2, DEVICES, '浦东新区', '310115')),
    ).toEqual(['same_place_other_programme']);
    expect(
      relations(
        at(1, PILOTS, '黑龙江省黑河市爱辉区', '231102'),
        at(2, DEVICES, '黑河市璦琿區', '231102'),
      ),
    ).toEqual(['same_place_other_programme']);
  });
});
