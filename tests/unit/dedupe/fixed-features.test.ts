/**
 * A record's fixed features, kept by row, title, place and list: the list number tells
 * lists apart exactly as their text did (a missing value the same as an empty one), a place
 * is the one its codes and town give, and a frozen row's answer is kept while a row that may
 * still change is worked out again.
 */
import { describe, expect, it } from 'vitest';
import { buildFeatures } from '../../../src/main/core/dedupe/feature-index';
import { fixedOf } from '../../../src/main/core/dedupe/fixed-features';
import { unitNameKey } from '../../../src/main/core/dedupe/normalize';
import { identityRegions, placeOf } from '../../../src/main/core/dedupe/region';
import type { DedupeRecord } from '../../../src/main/core/dedupe/types';

const base: DedupeRecord = {
  id: 1,
  kind: 'zone',
  programme: '全国社区治理和服务创新实验区',
  year: 2019,
  batch: '第一批',
  regionCode: '330102',
  unitCode: '330102001',
  town: '清波街道',
  title: '社区协商议事创新',
};

describe('fixed features', () => {
  it('numbers lists so that two records share one exactly when kind, programme, year and batch agree', () => {
    const rows: DedupeRecord[] = [
      base,
      { ...base, id: 2, title: '另一个标题', regionCode: '330104', unitCode: null, town: null },
      { ...base, id: 3, batch: '第二批' },
      { ...base, id: 4, year: 2021 },
      { ...base, id: 5, kind: 'case' },
      { ...base, id: 6, programme: null },
      { ...base, id: 7, programme: '' },
      { ...base, id: 8, batch: null, year: null },
      { ...base, id: 9, batch: '', year: null },
    ];
    const list = rows.map((r) => fixedOf(r, identityRegions).list);
    const text = rows.map((r) => `${r.kind}|${r.programme ?? ''}|${r.year ?? ''}|${r.batch ?? ''}`);
    for (let i = 0; i < rows.length; i++)
      for (let j = 0; j < rows.length; j++)
        expect(list[i] === list[j], `${text[i]} / ${text[j]}`).toBe(text[i] === text[j]);
    // and the finder's features compare lists the same way
    const fs = buildFeatures(rows, identityRegions);
    expect(fs.map((f) => fs.map((g) => f.context === g.context))).toEqual(
      text.map((t) => text.map((u) => t === u)),
    );
  });

  it('gives the place its codes and town give, one object for one place', () => {
    const a = fixedOf({ ...base, id: 10 }, identityRegions).place;
    const b = fixedOf({ ...base, id: 11, title: '别的' }, identityRegions).place;
    expect(a).toBe(b);
    expect(a).toEqual(placeOf(base, identityRegions, (s) => (s ? unitNameKey(s) : '')));
    expect(fixedOf({ ...base, id: 12, town: '湖滨街道' }, identityRegions).place).not.toBe(a);
    expect(fixedOf({ ...base, id: 13, unitCode: null }, identityRegions).place.townCode).toBeNull();
  });

  it('keeps a frozen row’s answer and works out a changeable row’s again', () => {
    const frozen = Object.freeze({ ...base, id: 20 });
    expect(fixedOf(frozen, identityRegions)).toBe(fixedOf(frozen, identityRegions));
    const open = { ...base, id: 21 };
    const first = fixedOf(open, identityRegions);
    open.title = '标题改过';
    expect(fixedOf(open, identityRegions).key).not.toBe(first.key);
  });
});
