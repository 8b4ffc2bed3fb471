/**
 * How a list is shown is no part of its programme's name: a headline's 公示 before the name
 * ("某市公示12个…示范社区") and "…名单公示" after it. A headline's clauses after the list's name,
 * set apart by spaces, tell who is on it. And a name the title gives bare or with its local
 * level (获“市级…”称号) is the programme of the one place the text writes before the same words
 * (《关于命名…“荆门市…”的通知》). Composed from the shapes.
 */
import { describe, expect, it } from 'vitest';
import { listName } from '../../../src/main/core/import/extract/list-name';
import { noticeProgramme } from '../../../src/main/core/import/extract/notice-programme';
import { programmeIn } from '../../../src/main/core/import/extract/programme';
import { readResolved } from './helpers';

describe('a list shown for objections', () => {
  it('drops the 公示 before the name and after the list word', () => {
    expect(programmeIn('荆门公示12个平安示范社区', null)?.name).toBe('平安示范社区');
    expect(listName('第二批拟命名全国绿色食品原料基地县名单公示')?.name).toBe(
      '全国绿色食品原料基地县',
    );
    // Control: the list word alone was always dropped.
    expect(listName('第二批拟命名全国绿色食品原料基地县名单')?.name).toBe('全国绿色食品原料基地县');
  });

  it('reads the list’s name from a headline’s first clause, not the news after it', () => {
    expect(listName('第二批全国绿色食品原料基地县名单 钟祥市榜上有名 系全市唯一')?.name).toBe(
      '全国绿色食品原料基地县',
    );
    // Control: a heading of one clause is read whole.
    expect(listName('第二批全国绿色食品原料基地县名单')?.name).toBe('全国绿色食品原料基地县');
  });
});

describe('a name given with its local level only', () => {
  const title = '掇刀区白庙社区获“市级平安示范社区”称号';
  const opening = (places: string[]) =>
    `近日，市综治委印发${places
      .map((p) => `《关于命名2020年度“${p}平安示范社区”的通知》`)
      .join('和')}，白庙社区榜上有名。今年，该社区将争创“省级平安示范社区”。`;

  it('is the programme of the one place the text writes before the same words', () => {
    expect(noticeProgramme(title, opening(['荆门市']), null)?.name).toBe('荆门市平安示范社区');
    // Two places name none of the two: the title's name stays.
    expect(noticeProgramme(title, opening(['荆门市', '宜昌市']), null)?.name).toBe(
      '市级平安示范社区',
    );
  });

  it('gives the record a headline names the same programme, not the level word', () => {
    const { n } = readResolved(
      [
        '沙洋县后港镇后港社区获“市级平安示范社区”称号',
        '发布时间:2020-12-03   来源:荆门日报',
        '近日,后港社区接县综治办通知,市综治委和市民政局发出《关于命名2020年度“荆门市平安示范社区”的通知》,经社区申报,实地考察等程序,决定命名全市20个社区为“荆门市平安示范社区”,后港镇后港社区榜上有名。',
      ].join('\n'),
    );
    expect(n.metadata.programme).toBe('荆门市平安示范社区');
    expect(n.records.map((r) => [r.regionText, r.programme])).toEqual([
      ['沙洋县后港镇后港社区', '荆门市平安示范社区'],
    ]);
  });
});

describe('a name whose own words hold 公示, and a list put forward', () => {
  it('keeps the name’s own 公示', () => {
    // (全省 kept: the province is not named, and the name is the province's own.)
    expect(programmeIn('2023年度全省“村务公示规范化示范村”名单公布', null)?.name).toBe(
      '全省村务公示规范化示范村',
    );
    expect(programmeIn('某市公示12个村务公示规范化示范村', null)?.name).toBe(
      '村务公示规范化示范村',
    );
  });

  it('cuts the organ putting the list forward', () => {
    expect(listName('某市拟推荐全国示范社区名单 2023年10月')?.name).toBe('全国示范社区');
  });
});
