/**
 * A province's list written city——county with the groups run together ("甲——乙县丙——丁县、
 * 戊区", a caption "▲乙县" fused in): each county read under the city before its dash; one
 * "place——title" heading alone is no such list.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('city——county groups run together', () => {
  it('each county under its city, captions passed over', () => {
    const { codes } = readResolved(
      [
        '江西省全域旅游示范区认定名单公示',
        '此次公示的认定名单包含5个县市：',
        '南昌——进贤县九江——修水县、都昌县',
        '▲都昌县',
        '▲修水县赣州——瑞金市上饶——婺源县',
      ].join('\n'),
    );
    expect(codes).toEqual(['360124', '360424', '360428', '360781', '361130']);
  });

  it('one place——title heading is no list', () => {
    const { n } = readResolved(
      ['典型案例', '1.九江——修水县', '该县探索了邻里议事的做法，取得成效。'].join('\n'),
    );
    expect(n.records.map((r) => r.regionText)).not.toContain('修水县');
  });
});
