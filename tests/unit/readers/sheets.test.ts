import { describe, expect, it } from 'vitest';
import { readNotice } from '../../../src/main/core/import/readers';
import { parseCsv } from '../../../src/main/core/import/readers/csv-reader';
import { gb18030Csv, zoneSummaryXlsx } from '../../support/fixtures/sheet-fixtures';
import { expectConsistent } from './consistency';

describe('xlsx reader', () => {
  it('turns merged title rows into lines, keeps a merged category row inside its table, and the rest into TAB rows with merges expanded', async () => {
    const doc = await readNotice('汇总.xlsx', await zoneSummaryXlsx());
    expect(doc.format).toBe('xlsx');
    expectConsistent(doc);
    expect(doc.text).toBe(
      [
        '2022年度城乡社区治理实验区汇总表',
        '附件2',
        '序号\t省份\t实验区\t确认日期\t实验周期（年）',
        // Inside the data, so the rows below keep the header above it.
        '一、城区类（2个）\t\t\t\t',
        '1\t河东省\t河东省平阳市南湖区\t2022-06-08\t2',
        '2\t河东省\t河东省平阳市北岭区\t2022-06-08\t2',
        '注：排名不分先后',
        '',
        '补充名单',
        '单位\t备注',
        '山南县清河镇\t详见链接',
      ].join('\n'),
    );
    const tables = doc.blocks.filter((b) => b.type === 'table');
    expect(tables).toHaveLength(2);
  });
});

describe('csv reader', () => {
  it('decodes GB18030, parses quotes and keeps the leading title as a line', async () => {
    const doc = await readNotice('汇总.csv', gb18030Csv());
    expect(doc.format).toBe('csv');
    expect(doc.encoding).toBe('gb18030');
    expectConsistent(doc);
    const table = doc.blocks.find((b) => b.type === 'table');
    expect(table?.type === 'table' && table.rows).toEqual([
      ['序号', '地区', '观察点', '说明'],
      ['1', '云岭省', '云岭省石屏市文庙街道', '含逗号,和"引号"'],
      ['2', '云岭省', '云岭省建水县', '跨行 说明'],
    ]);
    expect(doc.text.split('\n')[0]).toBe('2023年社区观察点汇总');
  });

  it('parses RFC 4180 edge cases', () => {
    expect(parseCsv('a,"b\r\nc",""\r\n,x', ',')).toEqual([
      ['a', 'b\r\nc', ''],
      ['', 'x'],
    ]);
    expect(parseCsv('甲\t乙\n丙\t"丁""戊"', '\t')).toEqual([
      ['甲', '乙'],
      ['丙', '丁"戊'],
    ]);
  });
});
