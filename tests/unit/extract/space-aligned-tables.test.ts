/**
 * Tables pasted as plain text, their columns lined up with runs of spaces, full-width
 * spaces or TABs: read as the same table a Word or HTML reader gives, while prose with
 * double spaces and lists of names with single spaces stay as they are.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { spaceTablesAsTabs } from '../../../src/main/core/import/extract/space-table';
import { buildPlainText } from '../../support/unseen/build-text';
import { loadUnseen } from '../../support/unseen/spec';
import { txtDoc } from './helpers';

const extract = (text: string) =>
  extractNotice(txtDoc(text), { fileName: 't.txt', regions: gazetteerRegionLookup() });
const titles = (text: string): string[] => extract(text).records.map((r) => r.title);

const INTRO =
  '关于公布第三批社区治理实验区名单的通知\n\n各区民政局：\n  经评审，现将名单公布如下。\n\n';

describe('space-aligned tables', () => {
  it('reads a table whose columns are lined up with ASCII spaces', () => {
    const text =
      INTRO +
      '序号    地区              名称\n' +
      '1       浙江省嘉兴市      青禾 合作社联合实验点\n' +
      '2       江苏省无锡市      澄波社区邻里议事会\n' +
      '3       安徽省芜湖市      江岸社区共治工作站\n';
    const got = titles(text);
    expect(got).toEqual(['青禾 合作社联合实验点', '澄波社区邻里议事会', '江岸社区共治工作站']);
    const items = extract(text).records;
    expect(items.map((it) => it.regionText)).toEqual([
      '浙江省嘉兴市',
      '江苏省无锡市',
      '安徽省芜湖市',
    ]);
  });

  it('reads a table lined up with full-width spaces', () => {
    const text =
      INTRO +
      '序号　　申报单位　　　　　　案例名称\n' +
      '１　　　浙江省嘉兴市民政局　睦邻互助会建设\n' +
      '２　　　江苏省无锡市民政局　楼道议事厅探索\n';
    expect(titles(text)).toEqual(['睦邻互助会建设', '楼道议事厅探索']);
  });

  it('reads a table whose gaps mix TABs and spaces', () => {
    const text =
      INTRO +
      '序号\t  地区  \t名称\n' +
      '1  \t浙江省嘉兴市\t  青禾社区服务站\n' +
      '2\t  江苏省无锡市  \t澄波社区服务站\n' +
      '3    江苏省常州市    松岭社区服务站\n';
    expect(titles(text)).toEqual(['青禾社区服务站', '澄波社区服务站', '松岭社区服务站']);
  });

  it('keeps a row with a merged-down first cell under its header words', () => {
    const text =
      INTRO +
      '地区            名称            类别\n' +
      '嘉兴市嘉善县    青禾村          示范村\n' +
      '                澄波村          示范村\n' +
      '嘉兴市海盐县    松岭村          示范村\n';
    const rewritten = spaceTablesAsTabs(text).text.split('\n').slice(-3, -2)[0] ?? '';
    expect(rewritten.split('\t').map((c) => c.trim())).toEqual(['', '澄波村', '示范村']);
    expect(titles(text)).toEqual(['青禾村', '澄波村', '松岭村']);
  });

  it('keeps the text length, so every offset still points into the raw text', () => {
    const text = '序号  地区  名称\n1  甲县  某站\n2  乙县  某所\n';
    expect(spaceTablesAsTabs(text).text.length).toBe(text.length);
    expect(spaceTablesAsTabs(text).text).toContain('1\t 甲县\t 某站');
  });

  it('leaves prose with double spaces and single-space lists alone', () => {
    const prose =
      '各地要加强组织领导  落实工作责任  确保实验任务按期完成。\n' +
      '请于十月底前报送  实验进展情况  和下一步工作计划。\n' +
      '联系人  张某某  联系电话  12345678\n';
    expect(spaceTablesAsTabs(prose).text).toBe(prose);
    const list = '序号 地区 名称\n1 浙江省嘉兴市 青禾社区\n2 江苏省无锡市 澄波社区\n';
    expect(spaceTablesAsTabs(list).text).toBe(list);
  });

  it('reads a group heading between rows as a category, not as a wrapped cell', () => {
    const text =
      INTRO +
      '序号  地区  名称\n' +
      '一、城区类（2个）\n' +
      '1  浙江省嘉兴市南湖区  邻里守望服务站\n' +
      '2  江苏省无锡市梁溪区  楼道议事厅\n' +
      '二、县域类（1个）\n' +
      '3  江苏省常州市溧阳市  乡贤议事会\n';
    const records = extract(text).records;
    expect(records.map((r) => r.title)).toEqual(['邻里守望服务站', '楼道议事厅', '乡贤议事会']);
    expect(records.map((r) => r.category)).toEqual([
      '一、城区类（2个）',
      '一、城区类（2个）',
      '二、县域类（1个）',
    ]);
  });

  it('keeps every span inside the raw text when a heading gains a TAB', () => {
    const text = 'x\n序号  地区  名称\n一、甲类\n1  甲县  某站\n2  乙县  某所\n';
    const { text: out, origin } = spaceTablesAsTabs(text);
    expect(out).toContain('一、甲类\t\n');
    expect(origin).toHaveLength(out.length);
    expect(out.split('').every((ch, i) => ch === '\t' || text[origin[i] ?? -1] === ch)).toBe(true);
  });

  it('keeps the 序号 in place when a category column before it was merged down', () => {
    const text =
      INTRO +
      '类别  序号  名称\n' +
      '乡镇  1  浙江省嘉兴市南湖区凤桥镇\n' +
      '2  江苏省无锡市惠山区阳山镇\n' +
      '村  3  江苏省常州市溧阳市戴埠镇李家园村\n' +
      '4  浙江省湖州市安吉县天荒坪镇余村\n';
    const rows = spaceTablesAsTabs(text).text.split('\n').slice(-5, -1);
    expect(rows.map((r) => r.split('\t')[1]?.trim())).toEqual(['1', '2', '3', '4']);
    expect(extract(text).records).toHaveLength(4);
  });

  // The composed table notices rebuilt as plain text, cells joined by two spaces and merged
  // cells printed once: the text reads the same records the Word/HTML/sheet form gives. A
  // two-row header with merged header cells cannot be told apart in text and is left out.
  it('reads the composed table notices rebuilt as space-aligned text', () => {
    const notices = loadUnseen(path.resolve(__dirname, '..', '..', 'fixtures', 'unseen')).filter(
      (u) => JSON.stringify(u.spec.blocks).includes('"table"') && !/two-row-header/.test(u.id),
    );
    expect(notices.length).toBeGreaterThan(5);
    for (const u of notices) {
      const want = u.expected.records.map((r) => r.title);
      expect(titles(buildPlainText(u.spec)), u.id).toEqual(want);
    }
  });
});
