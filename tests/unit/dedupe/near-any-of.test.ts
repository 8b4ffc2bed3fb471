/**
 * A place is near any of a check's places (nearAnyOf) exactly when placesNear says so of
 * one of them: counties against counties, else cities against cities, unknown never.
 */
import { describe, expect, it } from 'vitest';
import { nearAnyOf, placesNear, type Place } from '../../../src/main/core/dedupe/region';

const place = (counties: string[], cities: string[], known = true): Place => ({
  counties,
  cities,
  townCode: null,
  townName: '',
  historical: false,
  renamedWhole: false,
  known,
  province: null,
});

const places: Place[] = [
  place(['320102'], ['3201']), // a county of 南京
  place(['320104'], ['3201']), // another county of the same city
  place([], ['3201']), // 南京市 itself
  place(['330102', '330114'], ['3301']), // a county split in two
  place(['330114'], ['3301']),
  place([], ['4419']), // 东莞市: no counties
  place(['441900'], ['4419']), // filed under a county-level code of that city
  place([], ['3301', '3201']), // a city-level place across two cities
  place([], [], false), // placed nowhere
];

describe('near any of a check’s places', () => {
  it('answers as placesNear against each of them, for every focus of up to three places', () => {
    const foci: Place[][] = [[]];
    for (const a of places) {
      foci.push([a]);
      for (const b of places) {
        foci.push([a, b]);
        for (const c of places) foci.push([a, b, c]);
      }
    }
    for (const focus of foci) {
      const near = nearAnyOf(focus);
      for (const other of places) expect(near(other)).toBe(focus.some((f) => placesNear(f, other)));
    }
  });

  it('keeps a county apart from another county of its city, but not from the city itself', () => {
    const near = nearAnyOf([places[0]!]);
    expect(near(places[1]!)).toBe(false);
    expect(near(places[2]!)).toBe(true);
    expect(near(places[8]!)).toBe(false);
  });
});
