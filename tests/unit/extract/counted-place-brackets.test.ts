/**
 * Places named bare in brackets after their count ("有4个县（市）：（甲、乙、丙、丁）"): the
 * count of divisions equal to the names in the bracket makes each name an entry, written short
 * or in full, the bracket on the count's line or opening the next. Composed from the shape.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const read = (lines: string[]) => readResolved(lines.join('\n'));

describe('places named bare in brackets after their count', () => {
  it('reads each name as an entry, the bracket on the next line', () => {
    const { n, codes } = read([
      '近日，全省历史文化名县名单公布。',
      '宜昌入围的就有4个县（市）！',
      '（远安、兴山县、秭归、宜都）',
      '大美宜昌。',
    ]);
    expect(n.records.map((r) => r.regionText)).toEqual(['远安', '兴山县', '秭归', '宜都']);
    expect(codes).toEqual(['420525', '420526', '420527', '420581']);
  });

  it('reads the bracket on the count line, and never a count that differs, a visit or what a place is made of', () => {
    expect(read(['名单公布，宜昌有3个县（远安、兴山、秭归）。']).codes).toEqual([
      '420525',
      '420526',
      '420527',
    ]);
    expect(read(['名单公布，宜昌有5个县（远安、兴山、秭归）。']).codes).toEqual([]);
    expect(read(['调研组走访了3个县（远安、兴山、秭归）。']).codes).toEqual([]);
    expect(read(['宜昌市下辖3个县（远安、兴山、秭归）。']).codes).toEqual([]);
  });
});
