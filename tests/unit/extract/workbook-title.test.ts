/**
 * A workbook's own title (its properties' title) names the file over its first sheet's title
 * row; a default name a spreadsheet program gives, or a text file's hint, does not.
 */
import { describe, expect, it } from 'vitest';
import type { SourceDocument } from '../../../src/main/core/import/source-document';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';

const sheets = [
  '第二批全国乡村治理示范乡镇名单（四川6个）',
  '序号\t市（州）\t县（市、区）\t乡镇（街道）',
  '1\t成都市\t双流区\t太平街道',
  '2\t绵阳市\t江油市\t青莲镇',
  '第二批全国乡村治理示范村名单（四川59个）',
  '序号\t市（州）\t县（市、区）\t村',
  '1\t成都市\t郫都区\t战旗村',
].join('\n');

const read = (format: SourceDocument['format'], title: string | undefined) =>
  extractNotice(
    { format, text: sheets, blocks: [], ...(title ? { hints: { title } } : {}) },
    { fileName: `t.${format}`, regions: gazetteerRegionLookup() },
  ).metadata.title;

describe("a workbook's own title", () => {
  it("names the file over its first sheet's title row", () => {
    expect(read('xlsx', '第二批全国乡村治理示范村镇名单（四川）')).toBe(
      '第二批全国乡村治理示范村镇名单（四川）',
    );
  });

  it("a default name names nothing: the sheet's title row stays (control)", () => {
    expect(read('xlsx', 'Sheet1')).toBe('第二批全国乡村治理示范乡镇名单（四川6个）');
    expect(read('xls', '工作簿1')).toBe('第二批全国乡村治理示范乡镇名单（四川6个）');
  });

  it("without a title the sheet's title row is the title (control)", () => {
    expect(read('xlsx', undefined)).toBe('第二批全国乡村治理示范乡镇名单（四川6个）');
  });

  it("a template's leftover of another round leaves the sheet's title row (control)", () => {
    expect(read('xlsx', '2019年第一批全国乡村治理示范村镇名单')).toBe(
      '第二批全国乡村治理示范乡镇名单（四川6个）',
    );
  });
});
