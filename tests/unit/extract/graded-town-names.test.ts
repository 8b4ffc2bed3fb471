/**
 * A characteristic town named after its county keeps its own name as the title also when the
 * grade a check gave it closes the entry ("…龙泉青瓷小镇考核为良好", "…茶香小镇为合格"), as it
 * does before 、 or a listing verb. Words after a place that only say what was done there are
 * no site.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const titles = (text: string) => readResolved(text).n.records.map((r) => r.title);

describe('a town’s name before its grade', () => {
  it('is the last entry’s title before 考核为', () => {
    const text =
      '丽水特色小镇成绩单\n在浙江发布公布的名单中,庆元香菇小镇、龙泉青瓷小镇考核为良好。\n';
    expect(titles(text)).toEqual(['香菇小镇', '青瓷小镇']);
  });

  it('is the last entry’s title before 为 and a grade', () => {
    const text =
      '丽水特色小镇成绩单\n在浙江发布公布的名单中,遂昌汤显祖戏曲小镇、松阳茶香小镇为合格。\n';
    expect(titles(text)).toEqual(['汤显祖戏曲小镇', '茶香小镇']);
  });
});
