/**
 * A programme of titled projects lists them by grade ("…实验重点项目名单", "…实验一般项目名单"):
 * each grade is a part of the notice's programme, not a programme of its own. A municipality's
 * 本市 is its own scope word, as 全省 is a province's.
 */
import { describe, expect, it } from 'vitest';
import { cleanProgramme } from '../../../src/main/core/import/extract/programme';
import { readResolved } from './helpers';

const notice = (grade: string): string =>
  [
    '关于公布2021年度上海市社区教育实验项目的通知',
    '各区教育局：',
    `经专家评审，确定社区教育实验${grade}项目2个，现予以公布。`,
    '上海市教育委员会',
    '2021年2月5日',
    `2021年度上海市社区教育实验${grade}项目名单`,
    '序号\t承担单位\t实验项目名称',
    '1\t上海市青浦区白鹤镇社区学校\t老年人智能手机使用的实验',
    '2\t上海市嘉定区南翔镇社区学校\t家门口学习点建设的实验',
  ].join('\n');

describe('projects listed by grade', () => {
  it('are projects of the notice’s programme', () => {
    const { n } = readResolved(notice('重点'));
    expect(n.records.length).toBe(2);
    for (const r of n.records) expect(r.programme).toBe('上海市社区教育实验项目');
  });

  it('a list of a longer name of its own stays its own (control)', () => {
    const { n } = readResolved(notice('特色课程'));
    for (const r of n.records) expect(r.programme).not.toBe('上海市社区教育实验项目');
  });

  it('reads a municipality’s 本市 as its name', () => {
    expect(cleanProgramme('公布本市社区教育实验项目', '上海市')?.name).toBe(
      '上海市社区教育实验项目',
    );
    expect(cleanProgramme('公布本市社区教育实验项目', '江苏省')?.name).toBe('本市社区教育实验项目');
  });
});
