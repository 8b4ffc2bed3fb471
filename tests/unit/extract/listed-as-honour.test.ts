/**
 * A list's share told unit by unit with what each is listed as ("…名单，A街道作为…示范街道，B区
 * 作为…示范基地位列其中"): each unit named before 作为 and a demonstration noun is an entry. A
 * place acting "as" a pilot named by level words alone (作为首批试点地区) is still none.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('units listed as what they are named', () => {
  it('each unit before 作为 and its demonstration noun is an entry', () => {
    const { codes } = readResolved(
      '日前，三部门联合公示了2021年智慧健康养老应用试点示范名单，广州市越秀区北京街道作为智慧健康养老示范街道，广州市越秀区作为智慧健康养老示范基地位列其中。',
    );
    expect(codes).toEqual(['440104', '440104']);
  });

  it('a place acting as a pilot named by level words alone is none', () => {
    const { n } = readResolved(
      '近年来，广州市越秀区作为首批试点地区，积极探索智慧养老新模式，取得明显成效。',
    );
    expect(n.records).toHaveLength(0);
  });

  // A place held as a NAMED programme's pilot area is that pilot's unit (the thirty-first
  // held-out series: a later item naming a listed city so becomes its mention).
  it('a place held as a named programme’s pilot area is its unit', () => {
    const { codes } = readResolved(
      '近年来，广州市越秀区作为全国养老服务改革试点地区，积极探索智慧养老新模式，取得明显成效。',
    );
    expect(codes).toEqual(['440104']);
  });
});

describe('a place ranked by how many of its units made a list', () => {
  it('is no entry itself', () => {
    const { n } = readResolved(
      '日前，三部门联合公示了2021年智慧健康养老应用试点示范名单，广州市入围公示名单项目数量位居同类城市前列。',
    );
    expect(n.records).toHaveLength(0);
  });

  it('a place that made the list is still one', () => {
    const { codes } = readResolved(
      '日前，三部门联合公示了2021年智慧健康养老应用试点示范名单，广州市越秀区入围公示名单。',
    );
    expect(codes).toEqual(['440104']);
  });
});
