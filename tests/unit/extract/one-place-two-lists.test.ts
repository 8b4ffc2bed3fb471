/**
 * One place in two lists: a district's copy of a city notice keeping the one row of its own in
 * each of two lists (重点项目, 一般项目). Two items at one place with different titles are two
 * entries; the same unit written twice (a lead naming it short, a table naming it in full)
 * stays one.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('one place in two lists', () => {
  it('two one-row lists of one district with different titles are two entries', () => {
    const { n } = readResolved(
      [
        '关于公布2019年度某省社区教育实验项目的通知',
        '经专家评审，确定社区教育实验重点项目12个（见附件1）、社区教育实验一般项目40个（见附件2）。现予以公布。',
        '附件1',
        '2019年度某省社区教育实验重点项目名单',
        '序号\t承担单位\t实验项目名称\t实验时间',
        '1\t吴中区 木渎社区学校\t银龄课堂进楼道的实验\t2',
        '附件2',
        '2019年度某省社区教育实验一般项目名单',
        '序号\t承担单位\t实验项目名称\t实验时间',
        '1\t吴中区 甪直社区学校\t水乡非遗进社区的实验\t2',
      ].join('\n'),
    );
    expect(n.records.map((r) => r.title).sort()).toEqual([
      '水乡非遗进社区的实验',
      '银龄课堂进楼道的实验',
    ]);
  });

  it('a unit named short in the lead and in full in the table stays one entry', () => {
    const { n, codes } = readResolved(
      [
        '关于命名第二批某省儿童友好示范县的通知',
        '经评审，命名昆山、江阴为第二批某省儿童友好示范县。',
        '附件',
        '第二批某省儿童友好示范县名单',
        '序号\t名称',
        '1\t江苏省昆山市',
        '2\t江苏省江阴市',
      ].join('\n'),
    );
    expect(codes).toEqual(['320583', '320281']);
    expect(n.records).toHaveLength(2);
  });
});
