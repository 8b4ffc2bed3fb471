/**
 * The short name a notice gives a programme ("…示范区（以下简称示范区）") is no part of the
 * programme's name: the units it names are in the programme the list names in full.
 */
import { describe, expect, it } from 'vitest';
import { cleanProgramme } from '../../../src/main/core/import/extract/programme';
import { readResolved } from './helpers';

describe('a programme with its short name beside it', () => {
  it('the name without its short name', () => {
    expect(cleanProgramme('国家森林康养示范区（以下简称示范区）', null)?.name).toBe(
      '国家森林康养示范区',
    );
    expect(cleanProgramme('全国智慧养老实验区(简称实验区)', null)?.name).toBe('全国智慧养老实验区');
  });

  it('the units named after it are in the programme named in full', () => {
    const { n } = readResolved(
      '森林康养基地名单出炉\n12月5日，记者获悉，有关部门决定将河北省保定市莲池区等30家单位认定为国家森林康养示范区（以下简称示范区）。其中，山西省大同市云冈区、运城市盐湖区榜上有名。',
    );
    expect(n.records.length).toBeGreaterThan(0);
    for (const r of n.records) expect(r.programme).toBe('国家森林康养示范区');
  });
});
