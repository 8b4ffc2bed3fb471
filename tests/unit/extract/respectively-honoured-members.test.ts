/**
 * Places each honoured by the sentence (“A、B、C分别被评为省首届文明县、第二届…先进县”): 分别 before
 * the honouring verb makes them members as 先后 or 同时 does; the run is a list. Places 分别 sets
 * doing something (分别介绍了…) stay the sentence's subject, and batches handed out one by one
 * (分别获评首批、第二批…) are earlier rounds retold.
 */
import { describe, expect, it } from 'vitest';
import { classifyRest } from '../../../src/main/core/import/extract/place-rest';
import { readResolved } from './helpers';

describe('places honoured one by one', () => {
  it('are members of the honour', () => {
    expect(classifyRest('分别被评为省首届文明县').rest).toBe('member');
    expect(classifyRest('分别入选第二批示范村').rest).toBe('member');
  });

  it('are the entries of their run', () => {
    const { codes } = readResolved(
      '日前，全省文明城市名单正式公布。芜湖县、繁昌县、南陵县分别被评为省首届文明县、第二届未成年人思想道德建设工作先进县。',
    );
    expect(codes).toEqual(['340221', '340222', '340223']);
  });

  it('leaves earlier batches handed out one by one to the retelling', () => {
    expect(classifyRest('分别获评首批、第二批国家生态文明建设示范市县称号').rest).toBe('activity');
    expect(classifyRest('分别获评首批').rest).toBe('activity');
  });

  it("leaves each place's figure, rank or contest prize to the sentence", () => {
    expect(classifyRest('分别为45个、32个').rest).toBe('activity');
    expect(classifyRest('分别是全省第一和第二').rest).toBe('activity');
    expect(classifyRest('分别荣获一等奖、二等奖').rest).toBe('activity');
    expect(
      readResolved('全市共有示范社区120个，其中芜湖县、繁昌县、南陵县分别为45个、32个、43个。')
        .codes,
    ).toEqual([]);
    expect(readResolved('芜湖县、繁昌县、南陵县分别荣获一等奖、二等奖、三等奖。').codes).toEqual(
      [],
    );
  });

  it('leaves places that each do something alone', () => {
    expect(classifyRest('分别介绍了经验做法').rest).toBe('activity');
    const { codes } = readResolved('会上，芜湖县、繁昌县、南陵县分别介绍了创建工作经验。');
    expect(codes).toEqual([]);
  });
});
