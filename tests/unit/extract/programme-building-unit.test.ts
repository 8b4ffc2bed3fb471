/**
 * A unit building toward a title, its 建设单位 glued right after the title's word
 * (浙江省大花园示范县建设单位, 国家级森林康养试点建设单位), is how the list names its units: the
 * programme's name runs on to 建设单位. A bracket between, a 创建单位 after the word, or a
 * 建设单位 that follows no title's word leaves the name where it was.
 */
import { describe, expect, it } from 'vitest';
import { programmeIn } from '../../../src/main/core/import/extract/programme';

const name = (t: string) => programmeIn(t, null)?.name ?? null;

describe('a building unit glued to its title', () => {
  it('keeps 建设单位 in the name', () => {
    expect(name('浙江省大花园示范县建设单位2021年度评估结果')).toBe('浙江省大花园示范县建设单位');
    expect(name('2022年国家级森林康养试点建设单位名单')).toBe('国家级森林康养试点建设单位');
  });

  it('leaves a creation unit, a bracketed step and a builder of no title alone', () => {
    expect(name('广东省乡村治理示范村镇创建单位名单')).toBe('广东省乡村治理示范村镇');
    expect(name('关于公布第二批省级美丽乡村示范村的通知')).toBe('省级美丽乡村示范村');
    expect(name('应提前半年由园区建设单位提出验收申请')).toBeNull();
  });
});
