/**
 * Two villages joined by 和 in a news sentence ("我州A县X镇Y村和B县Z乡W村被命名为…"): the
 * second, written from its county, is an entry of its own, and "我州" is a lead-in like "我省".
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const read = (text: string) => readResolved(text);

describe('two villages joined by 和', () => {
  it('reads both villages, each in its own county', () => {
    const { n, codes } = read(
      '近日，我州泸定县岚安乡脚泥堡村和康定市孔玉乡门坝村被命名为“第三批中国少数民族特色村寨”。',
    );
    expect(n.records.map((r) => r.regionText)).toEqual([
      '泸定县岚安乡脚泥堡村',
      '康定市孔玉乡门坝村',
    ]);
    expect(codes).toEqual(['513322', '513301']);
  });

  it('a village and a word after 和 that is no place stays one entry', () => {
    const { n } = read('近日，我州泸定县岚安乡脚泥堡村和周边群众共同开展了民族团结进步创建活动。');
    expect(n.records).toHaveLength(0);
  });
});
