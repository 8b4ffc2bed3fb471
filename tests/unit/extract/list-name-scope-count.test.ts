/**
 * A list's heading or lead counting its units right after the scope word ("公布全省166个
 * 儿童友好社区名单"): the count is the list's size, not a word of the programme's name.
 */
import { describe, expect, it } from 'vitest';
import { listName } from '../../../src/main/core/import/extract/list-name';

describe('a count between the scope word and the name of a list', () => {
  it('leaves the count out of the name', () => {
    expect(listName('全省166个儿童友好社区名单')?.name).toBe('全省儿童友好社区');
    expect(listName('全国28个社区治理示范单位名单')?.name).toBe('全国社区治理示范单位');
  });

  it('still reads a heading that only counts what it lists as no name', () => {
    expect(listName('266个村落名单')).toBeNull();
  });
});
