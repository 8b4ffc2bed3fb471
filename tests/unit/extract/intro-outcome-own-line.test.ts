/**
 * A list's lead-in stating what befell its units may end its own line, with a colon or a mark
 * pointing at the list below ("最新通过验收的12处国家湿地公园分别为▼"): it still speaks for every
 * unit of the list. Controls: a lead-in on its own line that states nothing (…分别为：) and one
 * only proposing the group (拟…分别为) give no status.
 */
import { describe, expect, it } from 'vitest';
import { introOutcome } from '../../../src/main/core/import/extract/intro-outcome';

describe('a lead-in ending its own line before the list', () => {
  it('states the outcome of the list below', () => {
    expect(
      introOutcome('据了解，全省已有21处通过验收。\n最新通过验收的12处国家湿地公园分别为▼\n'),
    ).toEqual({
      status: '已验收',
    });
    expect(introOutcome('通报如下。\n被摘牌的3家景区分别是：\n')?.status).toBe('已撤销');
  });

  it('states nothing where the lead-in tells no outcome or only a proposal', () => {
    expect(introOutcome('现将名单公布如下。\n入选的12处湿地公园分别为：\n')).toBeNull();
    expect(introOutcome('现予公示。\n拟通过验收的12处湿地公园分别为▼\n')).toBeNull();
  });
});
