/**
 * The corpus scorer compares a demonstration title whichever unit word ends it
 * (示范村 / 示范村镇, 示范社区 / 示范单位, 示范市 / 示范市县), as the ledger joins it by
 * `programmeStem`; other honours ending in a unit word (文明村, 文明社区) stay apart.
 */
import { describe, expect, it } from 'vitest';
import type { LedgerRecord } from '../../../src/shared/domain';
import type { GoldNotice } from '../../support/corpus/load';
import { scoreMetadata } from '../../support/corpus/score';

const programmeOk = (gold: string, got: string) =>
  scoreMetadata({ programme: gold } as GoldNotice, undefined, [
    { programme: got },
  ] as LedgerRecord[]).find((m) => m.field === 'programme')?.ok;

describe('a demonstration title with levels', () => {
  it('is one programme whichever unit word ends it, as the ledger joins it', () => {
    expect(programmeOk('全国乡村治理示范村镇', '全国乡村治理示范村')).toBe(true);
    expect(programmeOk('湖北省乡村振兴示范村', '湖北省乡村振兴示范村镇')).toBe(true);
    expect(programmeOk('全国和谐社区建设示范单位', '全国和谐社区建设示范社区')).toBe(true);
    expect(programmeOk('国家生态文明建设示范市县', '国家生态文明建设示范市')).toBe(true);
  });

  it('is another programme when the stem differs or is no 示范 title', () => {
    expect(programmeOk('全国乡村治理示范村镇', '全国民主法治示范村')).toBe(false);
    // 文明村 and 文明社区, 卫生城市 and 卫生城镇 are two honours each.
    expect(programmeOk('省级文明村', '省级文明社区')).toBe(false);
    expect(programmeOk('国家卫生城市', '国家卫生城镇')).toBe(false);
    // A pilot's 试点单位 and its 试点 stay two labels (the README's 试点单位 convention).
    expect(programmeOk('国家级医养结合试点单位', '国家级医养结合试点')).toBe(false);
  });
});
