/**
 * Rows of a list each headed by its county's label ("某区：甲社区、乙社区…") in a PDF whose
 * layout says a long row runs on to the page's edge: the row ends there when the next line is
 * the next county's row, or when its last entry is whole with no 、 after it (the paragraph
 * below is no part of it). A row that wraps after its 、 still goes on.
 */
import { describe, expect, it } from 'vitest';
import { readingText } from '../../../src/main/core/import/extract/reading-text';

/** The raw offsets of the ends of the given lines (what a PDF's layout marks as running on). */
function endsOf(raw: string, lineNumbers: number[]): Set<number> {
  const lines = raw.split('\n');
  const ends = new Set<number>();
  let at = 0;
  lines.forEach((l, i) => {
    if (lineNumbers.includes(i)) ends.add(at + l.length);
    at += l.length + 1;
  });
  return ends;
}

describe('labelled rows that reach the page’s edge', () => {
  const raw = [
    '16个社区分别是：',
    '东湖县：城关镇北门社区、西岭镇新桥社区',
    '南山区：青石街道柳岸社区、桂花街道云溪社区、石门街道翠苑社区、杏林街道丽都社区',
    '北岭区：大圩镇金葡萄社区、常青街道竹西社区、万年街道云华社区',
    '据介绍，下一步，市民政局将认真牵头做好儿童友好社区建设工作。',
  ].join('\n');

  it('end before the next county’s row and before the paragraph below', () => {
    const rt = readingText(raw, 'pdf', endsOf(raw, [2, 3]));
    expect(rt.text).toBe(raw);
  });

  it('go on when the row wraps after its separator', () => {
    const wrapped = '南山区：青石街道柳岸社区、桂花街道云溪社区、\n石门街道翠苑社区';
    const rt = readingText(wrapped, 'pdf', endsOf(wrapped, [0]));
    expect(rt.text).toBe('南山区：青石街道柳岸社区、桂花街道云溪社区、石门街道翠苑社区');
  });
});
