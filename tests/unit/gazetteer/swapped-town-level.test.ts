/**
 * A township written with the other of 乡 and 镇 is the township of that stem in its scope, not
 * another township one character away; a 街道 never swaps with a rural township.
 */
import { describe, expect, it } from 'vitest';
import { resolveRegion } from '../../../src/main/core/gazetteer/resolve-region';

const inCity = (text: string) =>
  resolveRegion(text, { asOf: '2016-08-02', context: '安徽省安庆市' }).regionCode;

describe('a township written with the other rural level word', () => {
  it('is the township of its stem (雷埠镇 for 怀宁县雷埠乡), not 望江县雷池镇', () => {
    expect(inCity('雷埠镇')).toBe('340822');
  });

  it('leaves a township written as the codes hold it alone', () => {
    expect(inCity('雷池镇')).toBe('340827');
    expect(inCity('雷埠乡')).toBe('340822');
  });

  it('never reads a 街道 as a 乡 or 镇 of its stem', () => {
    expect(inCity('雷埠街道')).not.toBe('340822');
  });
});
