/**
 * A collection of cases called by its own name where no unit word ends it: the list a title
 * publishes (…案例名单) or a book the units entered (入选《…案例选编》, 编辑成《…案例》) names the
 * notice's programme; a case's own title in book marks does not, nor does a book told after the
 * programme the opening names. And a count of pieces or items in a phrase (共有5篇优秀案例,
 * 17项优秀案例) tells how many a place got, no programme's name.
 */
import { describe, expect, it } from 'vitest';
import { cleanProgramme } from '../../../src/main/core/import/extract/programme';
import { readResolved } from './helpers';

const programmes = (text: string) => [
  ...new Set(readResolved(text).n.records.map((r) => r.programme)),
];

const CASES = [
  '1. 把散落的珍珠串起来——静安区枢纽型社会组织的探索与实践',
  '2. 临终关爱奉亲情——静安区青凤老年生活护理服务社',
].join('\n');

describe('a case collection named by its book', () => {
  it('names the programme of the cases the lead says entered it', () => {
    const text = [
      '静安区社会组织案例入选市级汇编',
      '2015年2月，上海市社团局筛选整理了社会组织参与社会治理案例30篇，编辑成《上海社会组织参与社会治理案例》。',
      '静安区5家社会组织共有5篇优秀案例也有幸入选本次汇编。',
      CASES,
    ].join('\n');
    expect(programmes(text)).toEqual(['上海社会组织参与社会治理案例']);
  });

  it('control: a programme the opening names before the book stays the programme', () => {
    const text = [
      '静安区社会组织案例入选市级汇编',
      '静安区获评全国社区治理和服务创新实验区以来，社会组织蓬勃发展。',
      '其中5篇入选《上海社会组织参与社会治理案例》。',
      '1.静安区江宁路街道',
      '2.静安区曹家渡街道',
    ].join('\n');
    expect(readResolved(text).n.metadata.programme).toBe('全国社区治理和服务创新实验区');
  });

  it('control: a case’s own title in book marks is no collection', () => {
    const text = [
      '武昌区4个案例获全国表彰',
      '近日，武昌区报送的《资产驱动的社区治理新范式——武汉市武昌区黄鹤楼街道商圈社区治理创新案例》等4个案例获表彰。',
    ].join('\n');
    expect(readResolved(text).n.metadata.programme).not.toBe('全国社会工作专业服务案例');
    expect(readResolved(text).n.metadata.programme).not.toMatch(/^舌尖|资产驱动/);
  });
});

describe('a case list a title publishes', () => {
  it('names the programme over a case title in the text', () => {
    const text = [
      '全国社会工作专业服务案例名单发布，武昌+4',
      '近日，中国社会工作联合会公布案例名单，武昌区报送的《资产驱动的社区治理新范式——武汉市武昌区黄鹤楼街道商圈社区治理创新案例》等4个案例入选。',
    ].join('\n');
    expect(readResolved(text).n.metadata.programme).toBe('全国社会工作专业服务案例');
  });

  it('control: a title whose list ends in a unit word keeps that name', () => {
    const text = [
      '第二批全国城乡社区高质量发展典型案例名单发布',
      '近日，民政部公布第二批全国城乡社区高质量发展典型案例名单。',
    ].join('\n');
    expect(readResolved(text).n.metadata.programme).toBe('全国城乡社区高质量发展典型案例');
  });
});

describe('a count of pieces or items in a programme phrase', () => {
  it('is no name: the name starts after it', () => {
    expect(cleanProgramme('整体贡献奖、17项优秀案例', null)?.name).toBe('优秀案例');
    expect(cleanProgramme('静安区5家社会组织共有5篇优秀案例', null)?.name).toBe('优秀案例');
  });

  it('control: a count of units is read as before, a numeral word before 项 stays', () => {
    expect(cleanProgramme('2021年度27个全国基层治理创新典型案例', null)?.name).toBe(
      '2021年度全国基层治理创新典型案例',
    );
    expect(cleanProgramme('三项机制示范社区', null)?.name).toBe('三项机制示范社区');
  });
});
