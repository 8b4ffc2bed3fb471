/**
 * Finding names glued together counts, for each length, only the pieces of a line that could
 * be a designation (all CJK, closing with a designation's character), since that depends on a
 * piece's characters alone: the lines are read exactly as when every piece was counted and the
 * others skipped after. And a line with no edit goes over whole, its offsets one for one.
 */
import { describe, expect, it } from 'vitest';
import { editLines } from '../../../src/main/core/import/extract/line-edits';
import { gluedNamesApart } from '../../../src/main/core/import/extract/shared-ending-names';

const LINES = [
  '宜兴云湖国家湿地公园溧阳天目湖国家湿地公园泗洪洪泽湖国家湿地公园',
  '林州淇淅河国家湿地公园淅川丹阳湖国家湿地公园邓州湍河国家湿地公园共3家试点单位',
  // A chain of names whose designation is preceded by Latin letters and digits, or a surrogate pair.
  'A1云湖国家湿地公园B2天目湖国家湿地公园C3洪泽湖国家湿地公园',
  '𠀋云湖国家湿地公园𠀋天目湖国家湿地公园𠀋洪泽湖国家湿地公园',
  // Prose repeating a phrase that closes with no designation's character, and spam.
  '加强社区治理推进社区治理完善社区治理创新社区治理',
  '某某村民委员会某某村民委员会某某村民委员会',
  '东城社区服务中心、西城社区服务中心南城社区服务中心北城社区服务中心',
  '',
];

describe('names glued together, counted where they could be names', () => {
  it('reads each line as counting every piece did', () => {
    expect(LINES.map((l) => gluedNamesApart(l).text)).toEqual([
      '宜兴云湖国家湿地公园、溧阳天目湖国家湿地公园、泗洪洪泽湖国家湿地公园',
      '林州淇淅河国家湿地公园、淅川丹阳湖国家湿地公园、邓州湍河国家湿地公园，共3家试点单位',
      'A1云湖国家湿地公园B2天目湖国家湿地公园C3洪泽湖国家湿地公园',
      '𠀋云湖国家湿地公园𠀋天目湖国家湿地公园𠀋洪泽湖国家湿地公园',
      '加强社区治理推进社区治理完善社区治理创新社区治理',
      '某某村民委员会某某村民委员会某某村民委员会',
      '东城社区服务中心、西城社区服务中心、南城社区服务中心、北城社区服务中心',
      '',
    ]);
  });
});

describe('lines edited one by one', () => {
  it('a line with no edit keeps its characters and offsets one for one', () => {
    const text = '第一行\n第二行有标记\n\n末行';
    const r = editLines(text, (line) =>
      line === '第二行有标记' ? new Map([[3, { mark: '、', replace: false }]]) : new Map(),
    );
    expect(r.text).toBe('第一行\n第二行、有标记\n\n末行');
    expect(r.origin).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 7, 8, 9, 10, 11, 12, 13, 14]);
  });

  it('with no edits anywhere the text is the input and every offset its own', () => {
    const text = '甲乙\n丙\n';
    const r = editLines(text, () => new Map());
    expect(r.text).toBe(text);
    expect(r.origin).toEqual([0, 1, 2, 3, 4, 5]);
  });
});
