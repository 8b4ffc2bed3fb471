/**
 * An entry with no place whose name opens with a county written short is said
 * (short-headed-entries.ts); the list's places are read through the gazetteer only when the
 * list has such an entry and two placed ones, and no further once they lie in two cities.
 * The asks are counted through the lookup, never timed; the warning given is the control.
 */
import { describe, expect, it } from 'vitest';
import { gazetteerRegionLookup } from '../../../src/main/core/import/extract';
import { shortHeadedEntries } from '../../../src/main/core/import/extract/short-headed-entries';
import type { ExtractedRecord, RegionLookup } from '../../../src/main/core/import/extract/types';

function counted(): { lookup: RegionLookup; asked: string[] } {
  const real = gazetteerRegionLookup();
  const asked: string[] = [];
  const lookup: RegionLookup = {
    ...real,
    codeOf: (text, ctx) => {
      asked.push(text);
      return real.codeOf!(text, ctx);
    },
  };
  return { lookup, asked };
}

const entry = (seq: number, regionText: string | null, title: string): ExtractedRecord => ({
  kind: 'zone',
  seq,
  regionText,
  title,
  programme: null,
  year: null,
  span: { start: 0, end: 0 },
});

describe('entries opening with a short county', () => {
  it('says an unplaced entry opening with a county of the list’s city', () => {
    const { lookup } = counted();
    const warnings = shortHeadedEntries(
      [
        entry(1, '河北省沧州市任丘市', '京南生态谷'),
        entry(2, '河北省沧州市献县', '竹韵小镇'),
        entry(3, null, '任丘希望田野现代农业园区'),
      ],
      lookup,
    );
    expect(warnings).toMatchObject([{ code: 'region_unresolved', seq: 3, regionText: '任丘' }]);
  });

  it('asks nothing of a list whose entries are all placed', () => {
    const { lookup, asked } = counted();
    const records = [
      entry(1, '河北省沧州市任丘市', '京南生态谷'),
      entry(2, '河北省沧州市献县', '竹韵小镇'),
    ];
    expect(shortHeadedEntries(records, lookup)).toEqual([]);
    expect(asked).toEqual([]);
  });

  it('stops at the second city, and says nothing', () => {
    const { lookup, asked } = counted();
    const records = [
      entry(1, '河北省沧州市任丘市', '京南生态谷'),
      entry(2, '江苏省苏州市姑苏区', '双塔街道'),
      entry(3, '河北省沧州市献县', '竹韵小镇'),
      entry(4, null, '任丘希望田野现代农业园区'),
    ];
    expect(shortHeadedEntries(records, lookup)).toEqual([]);
    expect(asked).toEqual(['河北省沧州市任丘市', '江苏省苏州市姑苏区']);
  });
});
