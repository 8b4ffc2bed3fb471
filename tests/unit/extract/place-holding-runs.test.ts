/**
 * The place a masthead or headline holds (今日高邮) is read from its runs of two to eight
 * characters, made one at a time and asked in order: the first run that is one place holding
 * every entry answers, and a text naming no such place answers nothing (control).
 */
import { describe, expect, it } from 'vitest';
import { gazetteerRegionLookup } from '../../../src/main/core/import/extract/gazetteer-adapter';

describe('the place holding the entries', () => {
  const lookup = gazetteerRegionLookup();

  it('is the county a short name in the text stands for', () => {
    const held = lookup.placeHolding?.(['送桥镇', '菱塘回族乡'], '今日高邮');
    expect(held).toMatchObject({ city: '扬州市', county: '高邮市' });
  });

  it('is nothing where no run holds them (control)', () => {
    expect(lookup.placeHolding?.(['送桥镇', '菱塘回族乡'], '今日新闻')).toBeNull();
  });
});
