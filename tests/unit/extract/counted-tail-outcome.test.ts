/**
 * A list's sentence closing on the group it counts and what befell it ("…随县封江口国家湿地公园
 * 共10家试点单位，通过验收，成功转正"): every listed unit passed. Controls: a pass hoped for or
 * planned, a group only proposed, and a verdict that is no count's give nothing.
 */
import { describe, expect, it } from 'vitest';
import { countedTailOutcome } from '../../../src/main/core/import/extract/counted-tail-outcome';
import { readResolved } from './helpers';

const PARKS =
  '我省浠水策湖国家湿地公园武汉安山国家湿地公园通山富水湖国家湿地公园、十堰黄龙滩国家湿地公园、荆门仙居河国家湿地公园随县封江口国家湿地公园';

describe('a list closing on its counted group and its verdict', () => {
  it('gives the verdict to every unit listed', () => {
    const { n } = readResolved(
      `湖北新增10家国家湿地公园\n近日，国家林业草原局公布《2018年试点国家湿地公园验收情况》，${PARKS}共10家试点单位，通过验收，成功“转正”。\n（来源：湖北日报）\n`,
    );
    expect(n.records.length).toBeGreaterThan(3);
    expect(n.records.every((r) => r.outcome?.status === '已验收')).toBe(true);
    expect(countedTailOutcome('等12处湿地公园通过验收')).toEqual({ status: '已验收' });
  });

  it('gives nothing for a pass hoped for, a group proposed, or no count', () => {
    expect(countedTailOutcome('共10家试点单位，力争年底前通过验收')).toBeNull();
    expect(countedTailOutcome('共10家试点单位，拟通过验收，现予公示')).toBeNull();
    expect(countedTailOutcome('封江口国家湿地公园，其中3家通过验收')).toBeNull();
    expect(countedTailOutcome('共10家试点单位，正在开展建设')).toBeNull();
  });

  it('gives nothing when the verdict is only some of the group’s', () => {
    for (const s of [
      '共10家试点单位，其中8家通过验收',
      '共10家试点单位，有8家通过验收，2家限期整改',
      '等12处湿地公园中，8处通过验收',
      '共10家试点单位，除A外均通过验收',
      '共10家试点单位，其余单位通过验收',
    ])
      expect(countedTailOutcome(s)).toBeNull();
  });

  it('never reads a negated verdict as a pass', () => {
    expect(countedTailOutcome('等3个县未通过验收')?.status).not.toBe('已验收');
    expect(countedTailOutcome('等3个县没有通过验收')?.status).not.toBe('已验收');
  });
});
