/**
 * A list by province aligns its two-character labels to the width of 内蒙古 with a space inside
 * ("浙 江:湖州市、台州市"): the label is read whole, so the cities after it are read in that
 * province. Only a province's own short name at the head of a line before its colon is joined:
 * two words set apart in a sentence, or a label that is no province's, stay as written.
 * Composed lists, real division names.
 */
import { describe, expect, it } from 'vitest';
import { readingText } from '../../../src/main/core/import/extract/reading-text';
import { readResolved } from './helpers';

const HEAD = '某某改革试点地区名单(按行政区划排序)';

describe('a province label padded to the width of 内蒙古', () => {
  it('is read whole, its cities in that province', () => {
    const { codes } = readResolved(
      [
        HEAD,
        '市级(6个):',
        '浙 江:湖州市、台州市;',
        '安 徽:芜湖市、马鞍山市;',
        '内蒙古:鄂尔多斯市、巴彦淖尔市',
      ].join('\n'),
    );
    expect(codes).toEqual(['330500', '331000', '340200', '340500', '150600', '150800']);
  });

  it('joins a traditional copy’s label too', () => {
    expect(readingText('廣 東:廣州市、深圳市', 'txt').text).toBe('廣東:廣州市、深圳市');
  });

  it('leaves words that are no province’s label, or not at a line’s head', () => {
    expect(readingText('江 河:湖泊与水库', 'txt').text).toBe('江 河:湖泊与水库');
    expect(readingText('名单如下 浙 江:湖州市', 'txt').text).toBe('名单如下 浙 江:湖州市');
  });
});
