/**
 * A sentence naming its units after a naming verb, every one written short (no 市/区): the
 * first is an entry as the ones after it are, not a word of the verb's phrase.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { resolveRecords } from '../../../src/main/core/import/resolve-records';
import { txtDoc } from './helpers';

const notice = (sentence: string) =>
  [
    '河北省民政厅关于确认第三批全省社区治理实验区的通知',
    '各市民政局：',
    `经研究，${sentence}第三批全省城乡社区治理实验区，实验期为两年。`,
    '河北省民政厅',
    '2022年4月8日',
  ].join('\n');

const codes = (text: string) =>
  resolveRecords(
    extractNotice(txtDoc(text), { fileName: 'a.txt', regions: gazetteerRegionLookup() }),
  ).resolved.map((r) => r.resolution?.regionCode ?? null);

describe('a short name right after a naming verb opening an enumeration of short names', () => {
  it('is the first entry after 确认, 同意 and 将', () => {
    const want = ['130600', '130700', '130900'];
    expect(codes(notice('确认保定、张家口、沧州等3个市为'))).toEqual(want);
    expect(codes(notice('同意保定、张家口、沧州等3个市为'))).toEqual(want);
    expect(codes(notice('将保定、张家口、沧州等3个市确定为'))).toEqual(want);
  });

  it('districts written short too', () => {
    expect(codes(notice('确认桥西、新华、裕华等3个区为'))).toHaveLength(3);
  });
});
