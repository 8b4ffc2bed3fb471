/**
 * Numbered lines that head a page's sections ("1.某某实验区名单", "2.某某实验时间"), each
 * over the paragraph it introduces: a line naming a list is the list's heading, not one of
 * its entries, so the numbered lines are an outline and the sentence under them is the list.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('a numbered outline whose first line names the list', () => {
  it('reads the sentence under it, not the outline lines, as the list', () => {
    const { n, codes } = readResolved(
      [
        '婚俗改革实验区名单',
        '1.婚俗改革实验区名单',
        '河北省河间市，吉林省永吉县，江苏省南京市建邺区、东台市，湖南省澧县等单位确认为全国婚俗改革实验区。',
        '2.婚俗改革实验时间',
        '实验时间为期三年。',
      ].join('\n'),
    );
    expect(codes).toEqual(['130984', '220221', '320105', '320981', '430723']);
    expect(n.records.every((r) => r.title === '')).toBe(true);
  });
});
