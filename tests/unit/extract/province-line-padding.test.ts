/**
 * A list printed a province line over a line of its units, the province's two-character short
 * name padded to the width of 内蒙古 ("北 京" over "西城區", "江 蘇" over "蘇州市、無錫市"): the
 * padded line is read as the province alone, so it heads the units below it and a district
 * written bare is read in its municipality. Only a province's own short name alone on its line
 * (or before a colon) is joined: two words spaced in a sentence, or a pair that is no province,
 * stay as written. Composed lists, real division names.
 */
import { describe, expect, it } from 'vitest';
import { readingText } from '../../../src/main/core/import/extract/reading-text';
import { readResolved } from './helpers';

describe('a padded province short name alone on its line', () => {
  it('heads the units on the lines below it', () => {
    const { codes } = readResolved(
      [
        '某某建设试点城市名单',
        '北 京',
        '西城区',
        '天 津',
        '和平区',
        '河 北',
        '迁安市',
        '江 苏',
        '苏州市、无锡市',
        '内蒙古',
        '包头市',
      ].join('\n'),
    );
    expect(codes).toEqual(['110102', '120101', '130283', '320500', '320200', '150200']);
  });

  it('joins a traditional copy’s line too', () => {
    expect(readingText('名單\n遼 寧\n大連市', 'txt').text).toBe('名單\n遼寧\n大連市');
  });

  it('leaves a spaced pair with more on its line, or no province’s name', () => {
    expect(readingText('北 京 时间八点', 'txt').text).toBe('北 京 时间八点');
    expect(readingText('名单\n江 河\n湖泊', 'txt').text).toBe('名单\n江 河\n湖泊');
  });
});
