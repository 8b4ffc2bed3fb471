/**
 * A 公示 of a grading's result ("…综合文化站评估定级结果的公示") whose body tells the work done
 * under a cited notice and whose attachment lists the graded units under grade headings
 * counting their own group: the units are the list itself (a confirmation), and a total the
 * decision states ("拟确定…共计50个") that the copy does not reach must warn, though the first
 * heading's own count matches what was read.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const notice = (total: string, rest: string[]) =>
  [
    '潮州市文化广电旅游体育局关于2020年度广东省综合文化站评估定级结果的公示',
    `按照《省文化和旅游厅关于开展2020年度全省乡镇(街道)综合文化站评估定级工作的通知》要求，我局开展了全省乡镇(街道)综合文化站评估定级工作，拟确定全市上等级乡镇(街道)综合文化站${total}。`,
    '现将评估定级结果予以公示，公示期为7天。',
    '附件：潮州市2020年度广东省综合文化站评估定级结果名单',
    '一、特级文化站(3个)',
    '潮安区：庵埠镇文化服务中心、彩塘镇文化服务中心',
    '饶平县：黄冈镇文化服务中心',
    ...rest,
  ].join('\n\n');

describe('a grading result published for objections', () => {
  it('is the list itself, and the total the copy does not reach warns', () => {
    const { n, warned } = readResolved(notice('共计50个', ['二、一级']));
    expect(n.records).toHaveLength(3);
    expect(n.metadata.role).toBe('confirmation');
    expect(warned).toContain('count_mismatch');
  });

  it('does not warn when the stated total is what was read', () => {
    const { n, warned } = readResolved(notice('共计3个', []));
    expect(n.records).toHaveLength(3);
    expect(warned).not.toContain('count_mismatch');
  });
});
