/**
 * A list whose lead-in names what befell its counted group ("被摘牌的2家景区分别是：", "取消10家…
 * 资质。包括…", "…被取消试点资格。这两处试点分别是…") gives that outcome to every unit it names
 * (intro-outcome.ts), as a list's heading does. Controls: a group only proposed (拟), a first
 * naming (新增) and a subject with no count state none; 取消…资质 is a revocation.
 */
import { describe, expect, it } from 'vitest';
import { introOutcome } from '../../../src/main/core/import/extract/intro-outcome';
import { outcomeIn } from '../../../src/main/core/import/extract/outcomes';
import { readResolved } from './helpers';

const TITLE = '景区动态管理结果公布\n';
const SPOTS = '辽宁省铁岭市清河景区、辽宁省葫芦岛市龙湾海滨景区。\n';
const statuses = (text: string) =>
  readResolved(text).n.records.map((r) => r.outcome?.status ?? null);

describe('the outcome a list lead-in states for its group', () => {
  it('the group named by its outcome before 分别是', () => {
    expect(statuses(`${TITLE}被摘牌的2家4A级景区分别是：${SPOTS}`)).toEqual(['已撤销', '已撤销']);
    expect(introOutcome('据了解，最新通过验收的12处国家湿地公园分别为：')).toEqual({
      status: '已验收',
    });
  });

  it('the verdict of the sentence before, taken up by 包括 or 这N处', () => {
    expect(statuses(`${TITLE}国家旅游局宣布，取消2家4A级景区资质。包括${SPOTS}`)).toEqual([
      '已撤销',
      '已撤销',
    ]);
    expect(
      introOutcome('66处通过验收，吉林、福建两省各有一处被取消试点资格。这两处试点分别是'),
    ).toEqual({ status: '已撤销' });
  });

  it('a group proposed, newly named or not counted states none', () => {
    expect(statuses(`${TITLE}拟摘牌的2家4A级景区分别是：${SPOTS}`)).toEqual([null, null]);
    expect(introOutcome('国家旅游局还公布了新增9家5A级旅游景区，分别为：')).toBeNull();
    expect(introOutcome('被摘牌的景区分别是：')).toBeNull();
    expect(introOutcome('国家旅游局宣布，将取消2家景区资质。包括')).toBeNull();
  });

  it('only the clause that holds 分别是, or the one right before it, names the group', () => {
    // Other clauses of the sentence tell of other groups: new units, the rest of the list.
    expect(introOutcome('取消3家景区资质，同时新增5家5A级旅游景区，分别为：')).toBeNull();
    expect(introOutcome('新增5家5A级景区，另有2家被取消资质，新增的5家分别是：')).toBeNull();
    expect(introOutcome('对其中3家予以摘牌，其余2家分别是')).toBeNull();
    expect(introOutcome('66处通过验收，3处未通过验收，其中通过验收的分别是')).toBeNull();
    expect(introOutcome('共有11家景区被处理，其中被摘牌的3家景区分别是：')).toEqual({
      status: '已撤销',
    });
    expect(introOutcome('国家旅游局对3家景区作出摘牌处理，分别是：')).toEqual({
      status: '已撤销',
    });
    expect(
      statuses(`${TITLE}国家旅游局取消2家4A级景区资质，同时新增2家5A级景区，分别为：${SPOTS}`),
    ).toEqual([null, null]);
  });

  it('取消…资质 takes the standing away, as 取消…资格 does', () => {
    expect(outcomeIn('取消其4A级旅游景区资质')).toEqual({ status: '已撤销' });
  });
});
