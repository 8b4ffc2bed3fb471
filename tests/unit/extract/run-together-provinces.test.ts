/**
 * Provinces a copy writes together with no separator, carrying a named pilot out ("将在遼寧山東
 * 廣東實施…試點，在江蘇河南湖北武漢實施…試點"): each province is a unit, one followed by its own
 * city written short (湖北武汉) is that city. Controls: glued names not carrying a pilot out
 * (在辽宁山东广东召开…会议) are left alone.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const TITLE = '扯证不限户籍地！民政部：婚姻登记在试点省份可跨省通办\n';
const read = (text: string) => {
  const { n, codes } = readResolved(TITLE + text + '\n');
  return n.records.map((r, i) => [r.regionText, r.kind, codes[i]]);
};

describe('provinces written together', () => {
  it('carrying a pilot out are its units, a province with its short city that city', () => {
    expect(
      read(
        '民政部19日宣布，将在遼寧山東廣東實施結婚登記和離婚登記“跨省通辦”試點，在江蘇河南湖北武漢實施結婚登記“跨省通辦”試點。',
      ),
    ).toEqual([
      ['遼寧', 'zone', '210000'],
      ['山東', 'zone', '370000'],
      ['廣東', 'zone', '440000'],
      ['江蘇', 'zone', '320000'],
      ['河南', 'zone', '410000'],
      ['湖北武漢', 'zone', '420100'],
    ]);
  });

  it('not carrying a pilot out, are left alone', () => {
    expect(read('民政部19日宣布，将在辽宁山东广东召开婚姻登记工作会议。')).toEqual([]);
  });
});
