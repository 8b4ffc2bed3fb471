/**
 * A development zone written after a county's label ("某县：…、经济开发区某社区"): the zone
 * reads as a county of its own, yet it is the labelled county's zone, so the entry takes
 * that county; the entries after it still lie in the county.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice } from '../../../src/main/core/import/extract/index';
import { txtDoc } from './helpers';

const extract = (text: string) => extractNotice(txtDoc(text), { fileName: 't.txt' });
const contexts = (text: string) =>
  extract(text).records.map((r) => [r.regionText, r.regionContext?.county ?? null]);

describe('a development zone under a county label', () => {
  it('takes the labelled county, and the county holds for the entries after it', () => {
    expect(
      contexts('象山县：丹东街道青禾社区、经济开发区柳塘社区、高新区杏岭社区、石浦镇桂湾村'),
    ).toEqual([
      ['丹东街道青禾社区', '象山县'],
      ['经济开发区柳塘社区', '象山县'],
      ['高新区杏岭社区', '象山县'],
      ['石浦镇桂湾村', '象山县'],
    ]);
  });

  it('beside a county an entry wrote itself, the zone is not placed in it', () => {
    const n = extract('宁波市：鄞州区甲街道青禾社区、高新区柳塘社区入选。');
    const zone = n.records.find((r) => r.regionText === '高新区柳塘社区');
    expect(zone?.regionContext?.county).toBeUndefined();
  });
});
