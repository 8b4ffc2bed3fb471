/**
 * A story a government site runs credits the organ that wrote it up in a closing bracket,
 * after its last sentence or on a line of its own ("…作用。（县民政局）", "（市民政局某某中心
 * 张某某）"): that organ is the issuer when nothing else names one. An aside inside a sentence,
 * a place or a closing mark in the bracket credits no one, nor do the organs a plan's tasks
 * close with (controls).
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const story = (foot: string): string =>
  [
    '某县完成2031年度社会组织等级评定',
    '近日,县民政局联合业务主管部门对获评3A以上社会组织进行集中授牌,我县2031年度社会组织等级评定工作圆满完成,共评出4A级社会组织3家、3A级社会组织5家。',
    `开展社会组织评估工作是加强社会组织综合监管、促进社会组织健康有序发展的具体举措。${foot}`,
  ].join('\n');

const issuer = (text: string): string | null => readResolved(text).n.metadata.issuer;

describe('a story credited in its closing bracket', () => {
  it('is issued by the organ after its last sentence', () => {
    expect(issuer(story('（县民政局）'))).toBe('县民政局');
  });

  it('is issued by the organ on a line of its own, its writer left out', () => {
    expect(issuer(`${story('')}\n（市民政局社会组织发展指导中心 曾某某）`)).toBe(
      '市民政局社会组织发展指导中心',
    );
  });

  it('names no issuer from an aside inside a sentence (control)', () => {
    const aside = story('').replace('近日,县民政局', '近日,某部门（县民政局）');
    expect(issuer(aside)).toBeNull();
  });

  it('names no issuer from a place closing the story (control)', () => {
    expect(issuer(story('（城关镇东街社区）'))).toBeNull();
  });

  it('names no issuer from a plan whose tasks close with the organs doing them (control)', () => {
    const tasks = (lines: string[]): string =>
      ['某县推进城乡社区治理实施方案', ...lines, '各单位要按照职责分工抓好落实。'].join('\n');
    // Numbered: the last task's organ does it, it wrote nothing up.
    expect(
      issuer(
        tasks(['（一）完善社区服务设施。（县民政局）', '（二）推进智慧社区建设。（县大数据局）']),
      ),
    ).toBeNull();
    // Unnumbered: organs closing several sentences are a division of work, not one credit.
    expect(
      issuer(tasks(['完善社区服务设施。（县民政局）', '落实社区工作者待遇。（县人社局）'])),
    ).toBeNull();
  });

  it('names no issuer from a bracket that is no organ (control)', () => {
    expect(issuer(story('（完）'))).toBeNull();
  });
});
