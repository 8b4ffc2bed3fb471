/**
 * A story may say units are on a list rather than that they joined it: "A街道、B街道也出现在
 * 此次名单当中", "A、B列入第二批示范名单". Both make the places the list's entries, as 入选
 * does; a place said not to be on it is none. Composed from our own sentences; the districts
 * and streets are real.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const story = (sentence: string) =>
  readResolved(['某区入选全国示范名单', `本报讯 记者从区政府了解到，${sentence}`].join('\n'));

describe('places said to be on a list', () => {
  it('are its entries when they appear in it', () => {
    const { codes } = story(
      '国家部委近期公布了示范名单。同时，鼓楼区华侨路街道、湖南路街道也出现在此次名单当中，成为全国示范街道。',
    );
    expect(codes).toEqual(['320106', '320106']);
  });

  it('are its entries when they are entered in it', () => {
    const { codes } = story('江宁区汤山街道、淳化街道均纳入第二批示范街道名单。');
    expect(codes).toEqual(['320115', '320115']);
  });

  it('are none when the story says they are not on it', () => {
    const { codes } = story('鼓楼区华侨路街道、湖南路街道未出现在此次名单当中，明年将再次申报。');
    expect(codes).toEqual([]);
  });
});
