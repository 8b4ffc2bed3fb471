/**
 * Places a report studied ("以A、B和C的部分社区为调研对象") are the report's sample, not entries
 * of a list; the honours the same report names later still are.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('an enumeration that is the objects of a study', () => {
  it('makes no entries of the studied streets, and keeps the honoured communities', () => {
    const { n } = readResolved(
      [
        '城市社区治理的几点做法',
        '摘要：笔者以湖北省黄石市下陆区团城山街道、西塞山区澄月街道和黄石港区花湖街道的部分社区为调研对象，形成以下报告。',
        '近年来，下陆区团城山街道青松社区、铁山区铁山街道翠竹社区等5个社区被命名为“省级示范社区”。',
      ].join('\n'),
    );
    const places = n.records.map((r) => r.unit ?? r.regionText ?? '');
    expect(places.some((p) => p.includes('部分社区'))).toBe(false);
    expect(places.some((p) => p.endsWith('花湖街道'))).toBe(false);
    expect(places.filter((p) => /青松社区|翠竹社区/.test(p))).toHaveLength(2);
  });
});
