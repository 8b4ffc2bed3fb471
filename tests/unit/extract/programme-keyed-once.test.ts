/**
 * A notice's records mostly share one programme, so what is read from the programme's name is
 * read once for it, not again for every record: whether an item's title only repeats the
 * programme (`echoOf`), whether the programme names resorts (`resortsInPlace`), and the
 * programme scoped by the notice's place (`scopedProgrammes`). Each answers as the per-record
 * reading did, and a record of another programme in the same notice gets its own programme's
 * answer, not the one kept for the programme before it.
 */
import { describe, expect, it } from 'vitest';
import { resolveRegion } from '../../../src/main/core/gazetteer';
import { gazetteerRegionLookup } from '../../../src/main/core/import/extract/gazetteer-adapter';
import {
  scopedProgramme,
  scopedProgrammes,
} from '../../../src/main/core/import/extract/notice-scope';
import { echoesProgramme, echoOf } from '../../../src/main/core/import/extract/park-programmes';
import type { ExtractedRecord } from '../../../src/main/core/import/extract/types';
import { resortsInPlace } from '../../../src/main/core/import/resort-place';

describe('whether a title repeats the programme, the programme keyed once', () => {
  it('echoes the programme with or without its scope, in either script', () => {
    const echoes = echoOf('国家林业科技园区');
    expect(echoes('林业科技园区')).toBe(true);
    expect(echoes('國家林業科技園區')).toBe(true);
    expect(echoes('林業科技園區')).toBe(true);
  });

  it('leaves a title of its own, an empty one, and another programme', () => {
    const echoes = echoOf('国家林业科技园区');
    expect(echoes('林业科技园区（竹产业）')).toBe(false);
    expect(echoes('')).toBe(false);
    expect(echoes('现代农业产业园')).toBe(false);
    // nothing left to repeat without a scope of three characters or more
    expect(echoOf('国家园区')('园区')).toBe(false);
    expect(echoOf(null)('林业科技园区')).toBe(false);
  });

  it('answers as asking with both names each time', () => {
    const programmes = [
      '国家林业科技园区',
      '林业科技园区',
      '全国示范区',
      '國家現代農業產業園',
      null,
    ];
    const titles = ['林业科技园区', '示范区', '现代农业产业园', '国家现代农业产业园', '', '园区'];
    for (const p of programmes) {
      const echoes = echoOf(p);
      for (const t of titles) expect(echoes(t)).toBe(echoesProgramme(t, p));
    }
  });
});

const record = (programme: string | null, regionText: string): ExtractedRecord => ({
  kind: 'zone',
  seq: null,
  regionText,
  title: '',
  programme,
  year: null,
  span: { start: 0, end: 0 },
});

describe('resorts of a notice, the programme keyed once', () => {
  it('reads each record by its own programme when the programme changes', () => {
    const inPlace = resortsInPlace();
    const province = resolveRegion('江苏省');
    const resort = { ...record('国家级旅游度假区', '江苏省'), title: '常熟虞山文化旅游度假区' };
    // traditional characters name resorts too
    const traditional = { ...resort, programme: '國家級旅遊度假區' };
    // a look-alike: the same title under a programme that names no resorts is left alone
    const other = { ...resort, programme: '全国民主法治示范村' };
    const answers = [resort, other, traditional, other, resort].map(
      (r) => inPlace(r, province, '2022-11-01')?.resolution.regionCode ?? null,
    );
    expect(answers).toEqual(['320581', null, '320581', null, '320581']);
  });

  it('keeps nothing from one notice for the next', () => {
    const province = resolveRegion('江苏省');
    const resort = { ...record('国家级旅游度假区', '江苏省'), title: '常熟虞山文化旅游度假区' };
    expect(resortsInPlace()(resort, province, null)).not.toBeNull();
    expect(resortsInPlace()({ ...resort, programme: null }, province, null)).toBeNull();
  });
});

describe('programmes scoped by the notice’s place, once a programme', () => {
  const lookup = gazetteerRegionLookup();

  it('scopes each programme of a notice as scoping it alone does', () => {
    const scoped = scopedProgrammes('河南省', lookup);
    for (const name of ['慈善奖', '中华慈善奖', '慈善奖', '河南省慈善奖', '特色名村'])
      expect(scoped(name)).toBe(scopedProgramme(name, '河南省', lookup));
    expect(scoped('慈善奖')).toBe('河南省慈善奖');
    // a look-alike: the nation's own programme takes no province
    expect(scoped('中华慈善奖')).toBe('中华慈善奖');
  });

  it('answers for the notice it was made for, not the one before', () => {
    expect(scopedProgrammes('河南省', lookup)('慈善奖')).toBe('河南省慈善奖');
    expect(scopedProgrammes('湖南省', lookup)('慈善奖')).toBe('湖南省慈善奖');
  });
});
