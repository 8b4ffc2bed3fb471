/**
 * "全省仅A县和B县成功获评", "全市只有甲镇入选": 仅 and 只有 say the places after them are the only
 * ones; the first place starts after the word, as after 全省 or 我市.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract';
import { placeStarts } from '../../../src/main/core/import/extract/lead-ins';
import { txtDoc } from './helpers';

const regions = (text: string) =>
  extractNotice(txtDoc(text), { fileName: 't.txt', regions: gazetteerRegionLookup() }).records.map(
    (r) => r.regionText,
  );

describe('仅 or 只有 before the places a sentence names', () => {
  it('starts the first place after the word', () => {
    expect(regions('全省仅滁州市全椒县和淮南市寿县成功获评。')).toEqual([
      '滁州市全椒县',
      '淮南市寿县',
    ]);
    expect(placeStarts('全省只有滁州市全椒县', false)).toContain(4);
  });

  it('leaves a sentence naming no place after it alone', () => {
    expect(regions('全省仅有2家单位获评。')).toEqual([]);
  });
});
