/**
 * A check of one place's creation of a named title ("…对芦山县创建全国综合减灾示范县进行市级初验")
 * names that place as a unit of the programme (a step of the creation: no outcome, a story of the
 * check). A check of a place's work with no programme's title ("对芦山县创建工作进行检查", "对芦山县
 * 防汛工作进行检查") names no unit, and a procedure's steps quoted in the lead (“…国家认定”) are no
 * confirmation by the page. Nor does a check in a place of titles its communities or households
 * create (…示范社区, …示范户, 创建的10个…) name the place.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const LEAD =
  '按照“县级申请、市级初验、省级审核、国家认定”的创建程序，8月8日至8月10日，雅安市减灾委员会办公室验收组一行11人，通过座谈交流、查阅资料、实地核查等方式';

describe("a check of a place's creation of a title", () => {
  it('names the place as a unit of the programme, told as a story', () => {
    const { n, codes } = readResolved(
      `${LEAD}对芦山县创建全国综合减灾示范县进行市级初验。\n验收组指出，芦山县对创建工作非常重视。`,
    );
    expect(codes).toEqual(['511826']);
    expect(n.records[0]?.programme).toBe('全国综合减灾示范县');
    expect(n.records[0]?.outcome).toBeUndefined();
    expect(n.metadata.role).toBe('news');
  });

  it('the title quoted alike', () => {
    const { codes } = readResolved(
      '近日，省评估组对宝兴县创建“全国综合减灾示范县”工作进行检查评估。',
    );
    expect(codes).toEqual(['511827']);
  });

  it('names no unit when no programme is named', () => {
    for (const s of [
      `${LEAD}对芦山县创建工作进行检查。`,
      '8月8日，市应急管理局对芦山县防汛工作进行检查。',
    ])
      expect(readResolved(s).n.records).toEqual([]);
  });

  it('names no unit when the title is one of units inside the place', () => {
    for (const s of [
      '近日，市减灾委对芦山县创建全国综合减灾示范社区进行市级验收。',
      '近日，市减灾委对芦山县创建的10个省级综合减灾示范社区进行验收。',
      '近日，市妇联对芦山县创建市级文明家庭示范户进行检查。',
    ])
      expect(readResolved(s).codes).toEqual([]);
  });

  it('names the place checked on a pilot of its own', () => {
    expect(readResolved('近日，省民政厅对宝兴县创建全国婚俗改革试点工作进行评估。').codes).toEqual([
      '511827',
    ]);
  });
});
