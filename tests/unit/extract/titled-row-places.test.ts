/**
 * A table with no place column (序号 | 慈善组织 | 项目名称) places each row where its project
 * is named after (a province, a county, a county-level city), else where its organisation is;
 * the project's name stays whole. A table with a place column, and a row whose names open with
 * no place, are left as they were.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const HEAD = '关于2022年慈善组织参与社会服务项目的公示\n经评审，拟给予以下项目资金支持：\n';

describe('rows placed by their project or organisation', () => {
  it('takes the place a project is named after, keeping the title whole', () => {
    const { n, codes } = readResolved(
      HEAD +
        '序号\t慈善组织\t项目名称\n' +
        '1\t福建省教育援助协会\t福建省建宁县“公民社”共享空间项目\n' +
        '2\t福建省见义勇为基金会\t永泰县凤落村助力革命老区乡村振兴项目\n' +
        '3\t福建省妇女儿童发展基金会\t护蕾使者闽乡行——乡镇留守儿童青春期安全知识教育\n',
    );
    expect(n.records.map((r) => r.title)).toEqual([
      '福建省建宁县“公民社”共享空间项目',
      '永泰县凤落村助力革命老区乡村振兴项目',
      '护蕾使者闽乡行——乡镇留守儿童青春期安全知识教育',
    ]);
    expect(codes).toEqual(['350430', '350125', '350000']);
  });

  it('leaves a row whose project and organisation name no place unplaced', () => {
    const { n } = readResolved(
      HEAD +
        '序号\t慈善组织\t项目名称\n' +
        '1\t爱心公益协会\t护蕾使者行动——留守儿童安全知识教育\n' +
        '2\t同心慈善基金会\t乡村儿童数学兴趣培育计划\n',
    );
    expect(n.records.map((r) => r.regionText ?? null)).not.toContain('福建省');
    expect(n.records.every((r) => !r.regionText)).toBe(true);
  });

  it('keeps the place column of a table that has one', () => {
    const { codes } = readResolved(
      HEAD +
        '序号\t地区\t项目名称\n' +
        '1\t福州市\t建宁县“公民社”共享空间项目\n' +
        '2\t三明市\t永泰县凤落村助力乡村振兴项目\n',
    );
    expect(codes).toEqual(['350100', '350400']);
  });
});
