/**
 * A unit told as the pilot of two programmes at once ("确定为首批“全国综合减灾示范县”创建和“全国灾害
 * 综合风险普查试点县”双试点单位") is the first programme's entry, with the batch before it; the
 * second is named in passing (no entry), never the unit's only programme.
 * Look-alikes: one programme's name with 和 inside it, and a list of two units (A和B两个试点县).
 */
import { describe, expect, it } from 'vitest';
import { dualPilotPhrases } from '../../../src/main/core/import/extract/dual-pilot-phrase';
import { readResolved } from './helpers';

describe('a unit of two programmes at once', () => {
  it('is an entry in the first programme the phrase names, not the second', () => {
    const { n, codes } = readResolved(
      [
        '延吉市综合减灾示范创建工作综述',
        '2019年,延吉市被国家减灾委员会办公室确定为首批“全国综合减灾示范县”创建和“全国灾害综合风险普查试点县”双试点单位,创建工作有序展开。',
      ].join('\n'),
    );
    expect(codes).toEqual(['222401']);
    expect(n.records.map((r) => [r.programme, r.batch ?? null])).toEqual([
      ['全国综合减灾示范县', '首批'],
    ]);
  });

  it('splits the phrase quoted, or unquoted after 创建和', () => {
    expect(
      dualPilotPhrases('首批“全国综合减灾示范县”创建和“全国灾害综合风险普查试点县”双试点单位'),
    ).toEqual(['首批全国综合减灾示范县', '全国灾害综合风险普查试点县']);
    expect(dualPilotPhrases('全国综合减灾示范县创建和全国灾害综合风险普查试点县双试点')).toEqual([
      '全国综合减灾示范县',
      '全国灾害综合风险普查试点县',
    ]);
  });

  it('leaves one programme and a pair of units alone', () => {
    expect(dualPilotPhrases('全国城乡社区治理和服务创新实验区')).toBeNull();
    expect(dualPilotPhrases('“全国综合减灾示范县”创建试点')).toBeNull();
    const { n } = readResolved(
      ['某省确定试点县', '确定延吉市和珲春市两个县(市)为“全国综合减灾示范县”创建试点。'].join('\n'),
    );
    expect(n.records.every((r) => r.programme === n.records[0]?.programme)).toBe(true);
  });
});
