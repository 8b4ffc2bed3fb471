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
import type { DedupeRecord } from '../../../src/main/core/dedupe';
import { isRegionsOwnName } from '../../../src/main/core/dedupe/region-own-name';
import { runPair as run, untitledRecord } from '../../support/untitled-pair';

const record = (id: number, kind: string, programme: string, regionText: string) =>
  untitledRecord(id, programme, regionText, { kind, year: 2019 });

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

describe('the county’s own record written by its government or whole area (rvb58)', () => {
  // Two characters after the county were its own before the division data; a government and a
  // whole area name no unit below it, and a new area's short name is its stem.
  const at = (
    id: number,
    programme: string,
    regionText: string,
    written: string,
  ): DedupeRecord => ({
    ...record(id, 'zone', programme, regionText),
    written,
  });

  it('is still linked to the county in another programme', () => {
    for (const [full, written] of [
      ['浙江省湖州市安吉县', '安吉县政府'],
      ['浙江省湖州市安吉县', '安吉县委县政府'],
      ['浙江省湖州市安吉县', '安吉县全域'],
      ['安徽省合肥市包河区', '合肥市包河区政府'],
      ['上海市浦东新区', '浦东'],
      ['上海市浦东新区', '上海浦东'],
    ]) {
      const r = run(at(1, PARKS, full!, written!), record(2, 'other', EDUCATION, full!));
      expect(
        r.related.map((x) => x.relation),
        written,
      ).toEqual(['same_place_other_programme']);
    }
  });

  it('a town written short after its county is still no county (control)', () => {
    const r = run(
      at(1, PARKS, '浙江省湖州市安吉县', '安吉县孝丰'),
      record(2, 'other', EDUCATION, '浙江省湖州市安吉县'),
    );
    expect(r.related).toEqual([]);
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
