/**
 * A long county-level name written with one character of its proper name dropped (科尔左翼中旗 for
 * 科尔沁左翼中旗), inside a known city or beside a county of that city: the one county of the city
 * that name is short of, said as an approximate match. Short names and names short of two
 * characters stay unread.
 */
import { describe, expect, it } from 'vitest';
import { resolveRegion } from '../../../src/main/core/gazetteer';

describe('a banner written with one character dropped', () => {
  it('is the one banner of the city it is short of', () => {
    const r = resolveRegion('科尔左翼中旗巴彦塔拉镇', { context: '内蒙古自治区通辽市' });
    expect(r.regionCode).toBe('150521');
    expect(r.note).toContain('科尔沁左翼中旗');
  });

  it("is read beside a county of the same city (a list's run before it)", () => {
    const r = resolveRegion('科尔左翼中旗', { context: '内蒙古自治区通辽市开鲁县' });
    expect(r.regionCode).toBe('150521');
  });

  it('stays unread when two characters are dropped', () => {
    expect(resolveRegion('科尔沁中旗', { context: '内蒙古自治区通辽市' }).regionCode).toBeNull();
  });

  it('stays unread for a short name', () => {
    // 扎特旗 is 扎鲁特旗 with 鲁 dropped, but three characters say too little.
    expect(resolveRegion('扎特旗', { context: '内蒙古自治区通辽市' }).regionCode).toBeNull();
  });
});
