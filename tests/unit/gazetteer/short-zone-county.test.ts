/**
 * A statistical zone written short as a district (滨湖区 for a city's 滨湖新区) whose short
 * form is also a real district elsewhere: the township written after it, found in a zone of
 * the notice's scope whose name holds the stem, says the zone is meant. The written district
 * stands whenever the township lies in it, no township is written, or the zone is outside the
 * scope.
 */
import { describe, expect, it } from 'vitest';
import { resolveRegion } from '../../../src/main/core/gazetteer';
import { splitRegionPrefix } from '../../../src/main/core/gazetteer/split-prefix';

describe('a zone written short as another city’s district', () => {
  it('is the zone when its township follows, inside the notice’s province', () => {
    const r = resolveRegion('滨湖区魏家屯镇', { context: '河北省', asOf: '2021-06-01' });
    expect(r.regionCode).toBe('131100');
    expect(r.names.town).toBe('魏家屯镇');
    expect(r.note).toContain('功能区');
    expect(resolveRegion('大通区河坝镇', { context: '湖南省' }).regionCode).toBe('430900');
  });

  it('keeps the whole line as the region when a list row is split', () => {
    expect(splitRegionPrefix('滨湖区魏家屯镇某某村', { context: '河北省' }).region).toBe(
      '滨湖区魏家屯镇',
    );
  });

  it('leaves the written district where the notice’s scope holds no such zone', () => {
    expect(resolveRegion('滨湖区魏家屯镇', { context: '江苏省' }).regionCode).not.toBe('131100');
    expect(resolveRegion('滨湖区魏家屯镇').regionCode).not.toBe('131100');
  });

  it('leaves the written district when no township follows or the township is its own', () => {
    expect(resolveRegion('滨湖区', { context: '河北省' }).regionCode).toBe('320211');
    expect(resolveRegion('海港区', { context: '河北省' }).regionCode).toBe('130302');
  });

  it('is the zone when its own word follows the short name, with no scope needed', () => {
    // 海港 is also the short form of a district of another city (130302); the zone's word
    // and a township inside the zone say the zone is meant.
    const r = resolveRegion('海港开发区王滩镇某某村');
    expect(r.regionCode).toBe('130200');
    expect(r.names.town).toBe('王滩镇');
    expect(resolveRegion('海港经济开发区王滩镇').names.town).toBe('王滩镇');
  });

  it('leaves the short name alone when no township of such a zone follows its word', () => {
    expect(resolveRegion('海港开发区').regionCode).not.toBe('130200');
    expect(resolveRegion('海港开发区某某镇').regionCode).not.toBe('130200');
  });
});
