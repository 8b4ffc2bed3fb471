/**
 * A county (or city) written by its short name after its province's (北京順義, 浙江安吉), as
 * lists of counties write them, is the county's own record: measured on the real corpus
 * imported into one ledger, such a record and the same county in another programme were never
 * linked, the short name reading as a unit below the county; and a name cut to two characters
 * (滨湖) was read as the county's own short name and linked. Controls: a site the gazetteer
 * cannot place below the county (安吉县竹博园) and another place's name at the county's code
 * (its city, 浙江湖州) are no county's own name, and the site stays unlinked.
 */
import { describe, expect, it } from 'vitest';
import {
  findDuplicateCandidates,
  gazetteerRegions,
  type DedupeRecord,
} from '../../../src/main/core/dedupe';
import { isRegionsOwnName } from '../../../src/main/core/dedupe/region-own-name';
import { resolveRegion } from '../../../src/main/core/gazetteer';

function record(id: number, kind: string, programme: string, regionText: string): DedupeRecord {
  const r = resolveRegion(regionText);
  return {
    id,
    kind,
    programme,
    year: 2019,
    batch: null,
    regionCode: r.regionCode,
    unitCode: r.code,
    town: r.names.town,
    title: null,
    written: regionText,
  };
}

const run = (a: DedupeRecord, b: DedupeRecord) =>
  findDuplicateCandidates([a, b], { regions: gazetteerRegions() });

const PARKS = '国家农业科技园区';
const EDUCATION = '全国社区教育示范区';

describe('a county written short with its province', () => {
  it('is linked to the same county in another programme', () => {
    for (const [short, full] of [
      ['北京順義', '北京市顺义区'],
      ['浙江安吉', '浙江省湖州市安吉县'],
    ]) {
      const r = run(record(1, 'zone', PARKS, short!), record(2, 'other', EDUCATION, full!));
      expect(r.groups, short).toEqual([]);
      expect(
        r.related.map((x) => x.relation),
        short,
      ).toEqual(['same_place_other_programme']);
    }
  });

  it('is the county’s own name by the division data, in either script', () => {
    expect(isRegionsOwnName('北京順義', '110113')).toBe(true);
    expect(isRegionsOwnName('湖州安吉', '330523')).toBe(true);
    expect(isRegionsOwnName('安吉', '330523')).toBe(true);
    expect(isRegionsOwnName('吉林市', '220200')).toBe(true);
  });
});

describe('a name of one or two characters at a county’s code', () => {
  // A list whose unit was cut to its first words (滨湖 of 滨湖世纪社区服务中心) keeps the
  // county's code: read as the county's short name, it was linked to the county's own record.
  const at = (id: number, programme: string, written: string): DedupeRecord => ({
    ...record(id, 'other', programme, '安徽省合肥市包河区'),
    written,
  });

  it('is the county only when the division data say it is its name', () => {
    const cut = run(at(1, PARKS, '滨湖'), at(2, EDUCATION, '安徽省合肥市包河区'));
    expect(cut.related).toEqual([]);
    const own = run(at(1, PARKS, '包河'), at(2, EDUCATION, '安徽省合肥市包河区'));
    expect(own.related.map((x) => x.relation)).toEqual(['same_place_other_programme']);
    // one character after the county is no name (a stray one of the next cell)
    const stray = run(at(1, PARKS, '合肥市包河区洗'), at(2, EDUCATION, '安徽省合肥市包河区'));
    expect(stray.related.map((x) => x.relation)).toEqual(['same_place_other_programme']);
  });
});

describe('controls', () => {
  it('a site in the county or another place’s name is no county’s own name', () => {
    expect(isRegionsOwnName('安吉县竹博园', '330523')).toBe(false);
    expect(isRegionsOwnName('浙江湖州', '330523')).toBe(false);
    expect(isRegionsOwnName('北京順義', '110114')).toBe(false);
  });

  it('a county written by its old name is still linked', () => {
    const old: DedupeRecord = {
      ...record(1, 'zone', PARKS, '黑龙江省黑河市爱辉区'),
      written: '黑河市璦琿區',
    };
    const r = run(old, record(2, 'other', EDUCATION, '黑龙江省黑河市爱辉区'));
    expect(r.related.map((x) => x.relation)).toEqual(['same_place_other_programme']);
  });

  it('a site the gazetteer cannot place stays apart from its county', () => {
    const r = run(
      record(1, 'zone', PARKS, '安吉县竹博园'),
      record(2, 'other', EDUCATION, '浙江省湖州市安吉县'),
    );
    expect(r.related).toEqual([]);
  });
});
