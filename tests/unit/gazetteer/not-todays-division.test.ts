/**
 * A region typed by hand that names a division that is no longer today's is said so: one
 * the gazetteer knows as renamed or abolished, or a name with a county-level word it reads
 * only down to the city before it. Today's divisions and places inside a county are not.
 */
import { describe, expect, it } from 'vitest';
import {
  notTodaysDivision,
  resolveRegion,
  unreadCountyName,
} from '../../../src/main/core/gazetteer';

const read = (text: string) => {
  const r = resolveRegion(text, {});
  return { stale: notTodaysDivision(r), unread: unreadCountyName(text, r) };
};

describe('a hand-typed region that is not today’s', () => {
  it('knows a renamed or abolished division from the gazetteer’s history', () => {
    expect(read('上海市卢湾区')).toEqual({ stale: true, unread: null });
    expect(read('湖北省襄樊市')).toEqual({ stale: true, unread: null });
    expect(read('四川省成都市温江县')).toEqual({ stale: true, unread: null });
  });

  it('names the county-level word the gazetteer stopped before, at the city or province', () => {
    expect(read('江苏省苏州市吴县')).toEqual({ stale: false, unread: '吴县' });
    expect(read('江苏省苏州市吴县某某镇')).toEqual({ stale: false, unread: '吴县' });
    expect(read('浙江省杭州市余杭县')).toEqual({ stale: false, unread: '余杭县' });
  });

  it('leaves today’s divisions and places inside a county alone', () => {
    for (const text of [
      '浙江省杭州市萧山区',
      '河北省石家庄市长安区',
      '浙江省杭州市',
      '北京市某某社区',
    ])
      expect(read(text), text).toEqual({ stale: false, unread: null });
    expect(read('苏州市某某工业园区').unread).toBeNull();
  });
});
