/**
 * A place that "成功创建" a zone or a model title has it, as one that 入选 or is 评为 it; one that
 * only 创建 (works toward it) has nothing yet. A place 列入 a pilot (…省级试点) is its member, as
 * one 列入 a list (…名单) is; 列入 a plan or a task is none.
 */
import { describe, expect, it } from 'vitest';
import { classifyRest } from '../../../src/main/core/import/extract/place-rest';
import { readResolved } from './helpers';

describe('membership told by 成功创建 and 列入…试点', () => {
  it('makes a place that 成功创建 a zone its member', () => {
    expect(classifyRest('成功创建全国婚俗改革实验区').rest).toBe('member');
    const text =
      '重庆推进婚俗改革\n记者采访获悉,近年来,重庆多措并举推进婚俗改革。大足区成功创建全国婚俗改革实验区,在结婚登记的新人中,零彩礼占多数。\n';
    expect(readResolved(text).codes).toEqual(['500111']);
  });

  it('makes nothing of a place still creating one', () => {
    expect(classifyRest('创建全国婚俗改革实验区').rest).not.toBe('member');
    expect(classifyRest('成功创建了社区服务中心').rest).not.toBe('member');
  });

  it('makes a place 列入 a pilot its member, not one 列入 a plan', () => {
    expect(classifyRest('列入慈善信息统计省级试点').rest).toBe('member');
    expect(classifyRest('列入2025年重点工作计划').rest).not.toBe('member');
    expect(classifyRest('被列入全省养老服务改革试点').rest).toBe('member');
  });

  it('makes nothing of a place only planned, applying or striving to enter a pilot', () => {
    for (const rest of [
      '拟列入全省养老服务改革试点',
      '申请列入全省养老服务改革试点',
      '争取列入全省养老服务改革试点',
    ])
      expect(classifyRest(rest).rest).not.toBe('member');
    // …while 拟列入 a list (a 公示's candidates) stays its entry.
    expect(classifyRest('拟列入第二批全国婚俗改革实验区名单').rest).toBe('member');
  });

  it('reads a place entered in a pilot in a longer text as its member', () => {
    const text =
      '上半年工作总结\n着力推进改革攻坚。苍南县列入慈善信息统计省级试点,瑞安市列入地名管理数字化建设省级试点。\n';
    expect(readResolved(text).codes).toEqual(['330327', '330381']);
  });
});
