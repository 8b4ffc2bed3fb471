/**
 * A unit of a list is the place it names below the county: measured on the real corpus
 * imported into one ledger, a village the gazetteer knows only by its township's code was
 * joined into the township's own record (东征村 → 乾坤湾乡, 呈坎村 → 呈坎镇) and one community
 * into another of its town (中渡社区 → 荷花社区), the codes alone agreeing. Controls: one
 * village written with and without its township, or with its committee's name, and a township
 * renamed a street (楚江镇 → 楚江街道) still join; a case is still told by its title.
 */
import { describe, expect, it } from 'vitest';
import { gazetteerRegions } from '../../../src/main/core/dedupe/gazetteer-regions';
import { findIdentity, type IdentityRecord } from '../../../src/main/core/dedupe/identity';
import { writtenUnit } from '../../../src/main/core/dedupe/written-unit';
import { resolveRegion } from '../../../src/main/core/gazetteer';

const regions = gazetteerRegions();
const TOURISM = '全国乡村旅游重点村镇';

function entry(id: number, regionText: string, kind = 'other'): IdentityRecord {
  const r = resolveRegion(regionText);
  return {
    id,
    kind,
    programme: TOURISM,
    year: 2021,
    batch: '第三批',
    regionCode: r.regionCode,
    unitCode: r.code,
    town: r.names.town,
    unit: null,
    regionText,
    title: kind === 'case' ? '乡村旅游带动村民增收' : null,
  };
}

const joins = (draft: string, stored: string, kind?: string) =>
  findIdentity(entry(0, draft, kind), [entry(7, stored, kind)], regions)?.id ?? null;

describe('a village is not its township, nor another village of it', () => {
  it('a village joins no township’s record, either way', () => {
    expect(joins('山西省临汾市永和县东征村', '山西省临汾市永和县乾坤湾乡')).toBeNull();
    expect(joins('山西省临汾市永和县乾坤湾乡', '山西省临汾市永和县东征村')).toBeNull();
  });

  it('two communities of one town, one known only by the town, stay two', () => {
    expect(
      joins('湖南省常德市石门县楚江镇中渡社区', '湖南省常德市石门县楚江镇荷花社区'),
    ).toBeNull();
  });

  it('reads the unit below the county and its level', () => {
    expect(writtenUnit('临汾市永和县东征村')).toEqual({ name: '东征村', level: 'village' });
    expect(writtenUnit('永和县乾坤湾乡')).toEqual({ name: '乾坤湾乡', level: 'township' });
    expect(writtenUnit('醴陵市茶山镇东岗村村委会')?.name).toBe('东岗村');
    expect(writtenUnit('永和县')).toBeNull();
  });
});

describe('controls that still join', () => {
  it('one village with and without its township or its committee', () => {
    expect(joins('永和县乾坤湾乡东征村', '山西省临汾市永和县东征村')).toBe(7);
    expect(joins('醴陵市茶山镇东岗村村委会', '湖南省醴陵市东岗村')).toBe(7);
  });

  it('a list cut short to the township where the gazetteer places neither below the county', () => {
    expect(joins('重庆市万盛经开区万东镇', '重庆市万盛经开区万东镇五和村')).toBe(7);
  });

  it('a township renamed a street', () => {
    expect(joins('石门县楚江街道', '湖南省常德市石门县楚江镇')).toBe(7);
  });

  it('a case is told by its title, not by the place it names', () => {
    expect(joins('山西省临汾市永和县东征村', '山西省临汾市永和县乾坤湾乡', 'case')).toBe(7);
  });
});
