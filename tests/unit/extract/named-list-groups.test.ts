/**
 * One sentence of groups, each closed by the named list it joined ("A、B入选“X”名单，C、D入围
 * “Y”名单"): every name is an entry, the names the division list does not read (a dam, an
 * archway, a bridge) at the place the sentence names before the first group, their names the
 * units; a group of such names at one place is no repeat of another.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const SENTENCE =
  '近日，县民政局公布了首批歙县地名文化遗产保护名录。首批7个歙县地名文化遗产保护名录名单具体包括，许村镇、呈坎镇入选“历史名镇”名单，渔梁坝、许国石坊入围“古建筑”名单，徽州古城墙、太平桥、紫阳桥入围“古遗址”名单。';

describe('groups of names closed by the list each joined', () => {
  it('reads every name at the sentence’s place, the unplaced ones by their names', () => {
    const { n, codes } = readResolved(SENTENCE);
    expect(codes).toEqual(Array(7).fill('341021'));
    expect(n.records.map((r) => r.unit ?? r.regionText)).toEqual([
      '许村镇',
      '呈坎镇',
      '渔梁坝',
      '许国石坊',
      '徽州古城墙',
      '太平桥',
      '紫阳桥',
    ]);
  });

  it('reads no group whose names are a clause', () => {
    const { n } = readResolved(
      '近日，歙县多个单位积极开展工作，其中县文化馆组织开展的活动入选“优秀活动”名单，县图书馆承办的讲座入围“精品讲座”名单。',
    );
    expect(n.records).toEqual([]);
  });
});
