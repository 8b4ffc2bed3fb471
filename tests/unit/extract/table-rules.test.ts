/**
 * The general table and list rules added for unseen layouts: place columns combined into
 * one region, spanning rows as categories, two-row headers, 合计 rows, date columns never
 * the title, PDF continuation lines, （一） items, and splits that stop inside a name.
 */
import { describe, expect, it } from 'vitest';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { combinePlace } from '../../../src/main/core/import/extract/table-columns';
import {
  isSpanningRow,
  isTotalRow,
  refineHeader,
} from '../../../src/main/core/import/extract/table-rows';
import { txtDoc } from './helpers';

const extract = (text: string) => extractNotice(txtDoc(text), { fileName: 't.txt' });

describe('place columns', () => {
  it('combines province, city, county and unit, highest level first', () => {
    expect(combinePlace(['广东省', '广州市越秀区北京街道'])).toBe('广东省广州市越秀区北京街道');
    expect(combinePlace(['', '南昌市', '', '东湖区豫章街道'])).toBe('南昌市东湖区豫章街道');
    expect(combinePlace(['湖北省', '仙桃市', '仙桃市', '郑场镇'])).toBe('湖北省仙桃市郑场镇');
    expect(combinePlace(['四川省', '成都市', '成都市武侯区'])).toBe('四川省成都市武侯区');
  });
});

describe('table rows', () => {
  it('reads a merged full-width row as a heading and 合计 as a total', () => {
    expect(isSpanningRow(['一、街道（乡镇）类', '一、街道（乡镇）类', '一、街道（乡镇）类'])).toBe(
      '一、街道（乡镇）类',
    );
    expect(isSpanningRow(['1', '东湖区', '东湖区'])).toBeNull();
    expect(isTotalRow(['合计', '', '4个'])).toBe(true);
  });

  it('refines a header by the row under it', () => {
    const top = ['序号', '实验单位', '实验单位', '实验单位', '实验主题'];
    const second = ['序号', '省（区、市）', '市（州）', '县（市、区）', '实验主题'];
    expect(refineHeader(top, second, ['seq', 'unit', 'unit', 'unit', 'title'])).toEqual([
      'seq',
      'province',
      'city',
      'region',
      'title',
    ]);
    expect(
      refineHeader(
        top,
        ['1', '山东省', '济南市', '历下区', '健全…'],
        ['seq', 'unit', 'unit', 'unit', 'title'],
      ),
    ).toBeNull();
  });
});

describe('tables through the extractor', () => {
  it('joins the city column into the unit and skips category and total rows', () => {
    const n = extract(
      [
        '关于公布观察点名单的通知',
        '序号\t市\t单位\t名称',
        '一、街道类\t一、街道类\t一、街道类\t一、街道类',
        '1\t南昌市\t东湖区豫章街道\t老城区治理',
        '2\t南昌市\t西湖区朝阳洲街道\t滨江社区共治',
        '合计\t\t2个\t',
      ].join('\n'),
    );
    expect(n.records.map((r) => [r.regionText, r.title, r.category])).toEqual([
      ['南昌市东湖区豫章街道', '老城区治理', '一、街道类'],
      ['南昌市西湖区朝阳洲街道', '滨江社区共治', '一、街道类'],
    ]);
  });

  it('never takes a date column as the title', () => {
    const n = extract(
      [
        '汇总表',
        '序号\t地区\t单位\t批准日期',
        '1\t武汉市\t江汉区\t2022-06-08',
        '2\t武汉市\t武昌区\t2022-06-08',
      ].join('\n'),
    );
    expect(n.records.map((r) => r.title)).not.toContain('2022-06-08');
    expect(n.records.map((r) => r.regionText)).toEqual(['武汉市江汉区', '武汉市武昌区']);
  });

  it('joins PDF continuation lines and short rows under a merged province', () => {
    const n = extract(
      [
        '名单',
        '序号\t省份\t实验区\t实验主题',
        '1\t湖南省\t长沙市岳麓区\t大学城社区“校地共',
        '建”治理模式',
        '2\t株洲市天元区\t新城区社区服务标准化',
        '建设',
        '3\t湘潭市雨湖区\t老工业基地社区转型',
        '民政部',
      ].join('\n'),
    );
    expect(n.records.map((r) => [r.regionText, r.title])).toEqual([
      ['湖南省长沙市岳麓区', '大学城社区“校地共建”治理模式'],
      ['湖南省株洲市天元区', '新城区社区服务标准化建设'],
      ['湖南省湘潭市雨湖区', '老工业基地社区转型'],
    ]);
  });
});

describe('lists', () => {
  it('reads （一） lines naming a place and a theme as items, not sections', () => {
    const n = extract(
      [
        '确认以下单位为实验区：',
        '（一）太原市小店区：构建网格服务体系',
        '（二）大同市平城区：推进老旧小区自治',
        '（三）阳泉市城区：健全三社联动机制',
      ].join('\n'),
    );
    expect(n.records.map((r) => [r.seq, r.regionText, r.title])).toEqual([
      [1, '太原市小店区', '构建网格服务体系'],
      [2, '大同市平城区', '推进老旧小区自治'],
      [3, '阳泉市城区', '健全三社联动机制'],
    ]);
  });

  it('does not split a region inside a name at a 市/区/县 suffix', () => {
    const hit = gazetteerRegionLookup().splitPrefix('平阳市南湖区柳岸社区', {});
    expect(hit?.regionText).toBe('平阳市南湖区柳岸社区');
  });
});
