/**
 * One programme naming two kinds of unit side by side, or two grades of one kind, is both:
 * "文明村镇、文明社区", "示范县、示范点", "重点示范村和示范村". Controls: a village's and a
 * town's levels of one demonstration stay for the 村镇 programme; another name after 、 is not
 * joined; the same kind again without a grade is not either.
 */
import { describe, expect, it } from 'vitest';
import { programmeIn } from '../../../src/main/core/import/extract/programme';
import { joinedLevel } from '../../../src/main/core/import/extract/joined-levels';

describe('a programme naming two kinds of unit', () => {
  it('keeps both kinds a title or a list joins', () => {
    expect(programmeIn('第三届六安市文明村镇、文明社区候选名单', null)?.name).toBe(
      '六安市文明村镇、文明社区',
    );
    expect(programmeIn('公布了第二批全国休闲农业与乡村旅游示范县、示范点名单。', null)?.name).toBe(
      '全国休闲农业与乡村旅游示范县、示范点',
    );
    expect(joinedLevel('美丽乡村重点示范村和示范村名单', 9, '示范村')).toBe('和示范村');
  });

  it('leaves a town’s and a village’s levels of one demonstration apart', () => {
    expect(joinedLevel('全国乡村治理示范乡镇、示范村名单', 10, '示范乡镇')).toBeNull();
  });

  it('joins no other name, nor the same kind without a grade', () => {
    expect(programmeIn('获评全国文明村镇、全国卫生村称号', null)?.name).toBe('全国文明村镇');
    expect(joinedLevel('省级示范村和示范村名单', 5, '示范村')).toBeNull();
  });
});
