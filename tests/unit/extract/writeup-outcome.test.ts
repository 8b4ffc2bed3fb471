/**
 * A lone write-up whose body states what befell its unit in a sentence naming it in full
 * ("验收组一致认为：某镇基本农田整理项目达到省级验收标准，通过验收。"): that outcome. A plan in
 * that sentence, or a compilation of several write-ups, states none.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const HEAD = '夏津县香赵庄镇基本农田整理项目达到省级验收标准';
const VISIT =
  '检查组听取了关于项目实施情况的汇报，现场查看了项目区土地平整、道路和水利配套工程建设情况，' +
  '对项目工程质量、资金使用和档案管理情况进行了全面核实。';
const VERDICT = '验收组一致认为：夏津县香赵庄镇基本农田整理项目达到省级验收标准，通过验收。';

describe('the outcome a lone write-up states for its unit', () => {
  it('reads the verdict of the sentence naming the unit', () => {
    const { n, codes } = readResolved([HEAD, VISIT, VERDICT].join('\n'));
    expect(codes).toEqual(['371427']);
    expect(n.records.map((r) => r.outcome?.status)).toEqual(['已验收']);
  });

  it('reads none from a plan in that sentence', () => {
    const plan = '夏津县香赵庄镇基本农田整理项目已完工，将于明年组织验收，验收合格后移交。';
    const { n, codes } = readResolved([HEAD, VISIT, plan].join('\n'));
    expect(codes).toEqual(['371427']);
    expect(n.records.every((r) => !r.outcome)).toBe(true);
  });

  it('reads none from an aim in that sentence', () => {
    for (const aim of ['计划年底前通过验收。', '力争年底前通过省级验收。', '有望通过验收。']) {
      const { n } = readResolved(
        [HEAD, VISIT, `夏津县香赵庄镇基本农田整理项目已完工，${aim}`].join('\n'),
      );
      expect(n.records.every((r) => !r.outcome)).toBe(true);
    }
  });
});
