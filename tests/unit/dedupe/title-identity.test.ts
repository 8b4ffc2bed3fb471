/**
 * A case named by its title only: the one live case whose title says the same (quotes, a
 * leading place, 的/和 aside), never a guess between two, never across programmes or places.
 */
import { describe, expect, it } from 'vitest';
import { gazetteerRegions } from '../../../src/main/core/dedupe/gazetteer-regions';
import type { IdentityRecord } from '../../../src/main/core/dedupe/identity';
import { caseTitleKey, findByTitle } from '../../../src/main/core/dedupe/title-identity';

const regions = gazetteerRegions();
const PROGRAMME = '全国创新社会治理典型案例';
const rec = (over: Partial<IdentityRecord> & { id: number }): IdentityRecord => ({
  kind: 'case',
  programme: PROGRAMME,
  year: 2023,
  batch: null,
  regionCode: '370102',
  unitCode: '370102',
  town: null,
  unit: null,
  regionText: '历下区',
  title: '以“居民议事厅”破解老旧小区治理难题',
  ...over,
});
const news = (over: Partial<IdentityRecord>): IdentityRecord =>
  rec({ id: 0, programme: null, year: 2024, ...over });

describe('caseTitleKey', () => {
  it('drops quotes, the leading place (whole or its last levels) and 的/和', () => {
    const key = caseTitleKey('以“居民议事厅”破解老旧小区治理难题', '历下区');
    expect(caseTitleKey('历下区以居民议事厅破解老旧小区治理难题', '历下区')).toBe(key);
    expect(caseTitleKey('历下区以居民议事厅破解老旧小区的治理难题', '山东省济南市历下区')).toBe(
      key,
    );
  });

  it('keeps a place the title does not open with', () => {
    expect(caseTitleKey('探索村级事务阳光公开新路径', '章丘区')).toBe('探索村级事务阳光公开新路径');
  });
});

describe('findByTitle', () => {
  const cases = [
    rec({ id: 1 }),
    rec({
      id: 2,
      regionCode: '370114',
      unitCode: '370114',
      regionText: '章丘区',
      title: '探索村级事务阳光公开新路径',
    }),
  ];

  it('joins the one case of that title, the item naming it with its place in front', () => {
    const m = findByTitle(
      news({ title: '历下区以居民议事厅破解老旧小区治理难题' }),
      cases,
      regions,
    );
    expect(m?.id).toBe(1);
  });

  it('joins an item placed nowhere, or only in the case’s city', () => {
    const bare = { regionCode: null, unitCode: null, regionText: null };
    expect(
      findByTitle(news({ ...bare, title: '以居民议事厅破解老旧小区治理难题' }), cases, regions)?.id,
    ).toBe(1);
    const city = { regionCode: '370100', unitCode: '370100', regionText: '济南市' };
    expect(
      findByTitle(news({ ...city, title: '探索村级事务阳光公开新路径' }), cases, regions)?.id,
    ).toBe(2);
  });

  it('joins nothing when two live cases have that title', () => {
    const twice = [
      ...cases,
      rec({ id: 3, regionCode: '370112', unitCode: '370112', regionText: '历城区' }),
    ];
    const bare = { regionCode: null, unitCode: null, regionText: null };
    expect(
      findByTitle(news({ ...bare, title: '以居民议事厅破解老旧小区治理难题' }), twice, regions),
    ).toBeNull();
  });

  it('joins nothing in another place or another stated programme', () => {
    const elsewhere = { regionCode: '370112', unitCode: '370112', regionText: '历城区' };
    expect(
      findByTitle(
        news({ ...elsewhere, title: '以居民议事厅破解老旧小区治理难题' }),
        cases,
        regions,
      ),
    ).toBeNull();
    const other = news({
      programme: '全省社区治理优秀案例',
      title: '以居民议事厅破解老旧小区治理难题',
    });
    expect(findByTitle(other, cases, regions)).toBeNull();
  });

  it('joins nothing on a short title', () => {
    const short = [rec({ id: 4, title: '红色物业' })];
    expect(findByTitle(news({ title: '红色物业' }), short, regions)).toBeNull();
  });
});
