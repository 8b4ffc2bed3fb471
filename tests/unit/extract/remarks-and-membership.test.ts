/**
 * What a row or headline tells of a unit is no title: a table's remark column (情况/备注/
 * 推荐意见, or an unnamed column of sentences like "经…推荐，拟认定为…") beside the place
 * columns, and a headline whose words after the place start with a membership verb
 * ("…村入选第九批…"). The rows are named by their places, the headline's unit keeps no title.
 */
import { describe, expect, it } from 'vitest';
import { readsAsSentence, roleOf } from '../../../src/main/core/import/extract/table-columns';
import { readResolved } from './helpers';

function read(lines: string[]) {
  const { n, codes } = readResolved(lines.join('\n'));
  return { n, codes, titles: n.records.map((r) => r.title) };
}

describe('a remark column beside the place columns', () => {
  it('情况, 推荐意见 and 备注 headers are remarks, never the title', () => {
    for (const h of ['情况', '推荐意见', '备注', '情况说明']) expect(roleOf(h)).toBe('remark');
    expect(roleOf('案例名称')).toBe('title');
  });

  it('a 情况 column of sentences leaves the rows untitled, each at its village', () => {
    const { codes, titles } = read([
      '关于公布第二批省级乡村治理示范村的通知',
      '序号\t县（区）、镇\t村\t情况',
      '1\t苏州市吴江区七都镇\t开弦弓村\t经地方推荐和专家评审，拟认定为第二批省级乡村治理示范村',
      '2\t南京市江宁区汤山街道\t龙尚村\t经地方推荐和专家评审，拟认定为第二批省级乡村治理示范村',
    ]);
    expect(codes).toEqual(['320509', '320115']);
    expect(titles).toEqual(['', '']);
  });

  it('an unnamed column whose cells are such sentences is a remark too', () => {
    const { codes, titles } = read([
      '关于公布第二批省级乡村治理示范村的通知',
      '序号\t县（区）、镇\t村\t附注',
      '1\t苏州市吴江区七都镇\t开弦弓村\t经地方推荐和专家评审，拟认定为第二批省级乡村治理示范村',
      '2\t南京市江宁区汤山街道\t龙尚村\t经地方推荐和专家评审，拟认定为第二批省级乡村治理示范村',
    ]);
    expect(codes).toEqual(['320509', '320115']);
    expect(titles).toEqual(['', '']);
  });

  it('a short title with a comma still reads as a name', () => {
    expect(readsAsSentence('党建引领聚合力，多元共治促和谐')).toBe(false);
    expect(readsAsSentence('经地方推荐和专家评审，拟认定为示范村')).toBe(true);
    expect(readsAsSentence('入选第三批全国乡村治理示范村')).toBe(true);
  });
});

describe('a headline telling what list a unit joined', () => {
  it('the rest of the sentence after 入选 is no title, and the story is no case', () => {
    const { n, codes, titles } = read([
      '江宁区汤山街道龙尚村入选第九批“全国民主法治示范村（社区）”',
      '近日，司法部、民政部印发《关于命名第九批“全国民主法治示范村（社区）”的决定》，江宁区汤山街道龙尚村入选第九批“全国民主法治示范村（社区）”。',
    ]);
    expect(codes).toEqual(['320115']);
    expect(titles).toEqual(['']);
    expect(n.records[0]?.kind).toBe('other');
  });
});
