/**
 * A run of institutions, each named after its place, closed by its count or 等 and the verb
 * that makes them members ("…、某县某某中心等17家社会组织被评为…", "…等喜获殊荣"): each is an
 * entry at its place. A count followed by what the group does ("等2家社会组织积极开展…") lists
 * nobody.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const RUN =
  '常德市恒德社会工作服务中心、常德市鸿志中等职业技术学校、武陵区大康倍融康复教育中心、石门县康乐福居家养老服务中心';

describe('a run of institutions closed by a count', () => {
  it('makes an entry of each, the last one too, at its place', () => {
    const { codes } = readResolved(
      `近日，从省民政厅传出消息，${RUN}等17家社会组织被评为全省第一批示范社会组织。`,
    );
    expect(codes).toEqual(['430700', '430700', '430702', '430726']);
  });

  it('closed by 等 and the verb, the same', () => {
    const { codes } = readResolved(
      '其中，广州市社会工作协会、广州市普爱社会工作服务社、广州市志愿者协会等喜获殊荣。',
    );
    expect(codes).toEqual(['440100', '440100', '440100']);
  });

  it('lists nobody when the count goes on to what the group does', () => {
    const { n } = readResolved(
      '近日，常德市恒德社会工作服务中心、常德市鸿志中等职业技术学校等2家社会组织积极开展助老服务。',
    );
    expect(n.records).toEqual([]);
  });
});
