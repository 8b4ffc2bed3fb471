/**
 * A forum's anti-copy junk (runs of one- or two-character ASCII scraps) glued before a line's
 * first words or after its last ones is dropped from the reading text, so that a group's label
 * opens its line again and a list's last name ends where it should; real ASCII in a notice
 * (grades, numbers, an address) stays.
 */
import { describe, expect, it } from 'vitest';
import { forumJunk } from '../../../src/main/core/import/extract/forum-junk';
import { readingText } from '../../../src/main/core/import/extract/reading-text';
import { readResolved } from './helpers';

const dropped = (raw: string): string => readingText(raw).text;

describe('a forum’s anti-copy junk', () => {
  it('drops the scraps before a line’s words and after them, a glued scrap included', () => {
    expect(dropped('. W3 k# B! m7 ? 江西省：南昌市东湖区')).toBe('江西省：南昌市东湖区');
    expect(dropped('名单如下：) Q5 r& T: c* J% 8')).toBe('名单如下：');
    expect(dropped('九江市浔阳区9 ~ H/ b$ x4 _')).toBe('九江市浔阳区');
    expect(dropped("南昌市社会福利院' ?& z5 u, p: K. d% 3")).toBe('南昌市社会福利院');
  });

  it('leaves real ASCII alone: grades, numbers, a web address, scraps inside a sentence', () => {
    for (const raw of [
      '评定等级为A、B、C三级',
      '等级：A B C D E',
      '来源：http://www.example.gov.cn/a/b.html',
      '第1 2 3 4 5号',
      '其中 x1 y2 z3 a4 b5 为代号，不计入',
    ])
      expect(forumJunk(raw)).toEqual([]);
  });

  it('a list by province reads on through the junk', () => {
    const { codes } = readResolved(
      [
        '近日，有关部门确定南昌市东湖区等5个区（县、市）为试点地区。名单如下：) Q5 r& T: c* J% 8',
        '. W3 k# B! m7 ? 江西省：南昌市东湖区、九江市浔阳区、赣州市章贡区0 ~ H/ b$ x4 _',
        '6 N1 s4 ?+ p2 |7 e6 安徽省：合肥市蜀山区、芜湖市镜湖区',
      ].join('\n'),
    );
    expect(codes).toEqual(['360102', '360403', '360702', '340104', '340202']);
  });
});
