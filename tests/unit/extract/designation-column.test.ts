/**
 * A table column telling what each row was recognised as (序号 | 地区 | 认定, the designation
 * written out: 全国第五批…示范县（市、区）): a remark on the row, never its title. Control: a
 * column of what the row is named for (项目名称) is still its title.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

function read(lines: string[]) {
  const { n, codes } = readResolved(lines.join('\n'));
  return { codes, titles: n.records.map((r) => r.title) };
}

const DESIGNATION = '全国第五批率先基本实现主要农作物生产全程机械化示范县（市、区）';

describe('a 序号 | 地区 | 认定 table', () => {
  it('reads the places with no title', () => {
    const got = read([
      '甘肃6地获全国主要农作物生产全程机械化示范县区',
      '序号\t地区\t认定',
      `1\t甘肃省景泰县\t${DESIGNATION}`,
      `2\t甘肃省永昌县\t${DESIGNATION}`,
      `3\t甘肃省灵台县\t${DESIGNATION}`,
    ]);
    expect(got.codes).toEqual(['620423', '620321', '620822']);
    expect(got.titles).toEqual(['', '', '']);
  });

  it('keeps a 项目名称 column as the title (control)', () => {
    const got = read([
      '关于公布机械化示范项目的通知',
      '序号\t地区\t项目名称',
      '1\t甘肃省景泰县\t节水灌溉全程机械化',
      '2\t甘肃省永昌县\t马铃薯全程机械化',
    ]);
    expect(got.titles).toEqual(['节水灌溉全程机械化', '马铃薯全程机械化']);
  });
});
