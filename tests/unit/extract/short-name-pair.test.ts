/**
 * Cities written short in one enumeration, the last two joined by 和 at the sentence's end
 * ("…甲、乙和丙。"): the last is an entry as much as the ones before it.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { txtDoc } from './helpers';

const extract = (text: string) =>
  extractNotice(txtDoc(text), { fileName: 't', regions: gazetteerRegionLookup() });

describe('the last of short names joined by 和', () => {
  it('is read with the ones before it', () => {
    const ex = extract(
      '全国第二批养老服务改革试点名单公布\n其中湖南4个，分别为长沙、株洲、衡阳和岳阳。\n',
    );
    expect(ex.records.map((r) => r.regionText)).toEqual(['长沙', '株洲', '衡阳', '岳阳']);
  });

  it('is not taken where either name carries its level word', () => {
    const ex = extract(
      '全国第二批养老服务改革试点名单公布\n其中湖南4个，分别为长沙市、株洲市、衡阳市和岳阳。\n',
    );
    expect(ex.records.map((r) => r.regionText)).not.toContain('岳阳');
  });
});
