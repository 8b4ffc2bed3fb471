/**
 * A story on one batch retelling units of an earlier batch of the programme ("去年，我省A、B、C
 * 跻身首批…行列") keeps them, marked with the batch they belong to (`retold`): mentions of that
 * batch's records for the import to join, never entries of the notice's own batch.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const HEAD = [
  '芜湖 岳西两县跻身全国生态文明建设示范',
  '生态环境部日前公布第二批国家生态文明建设示范市县名单，我省芜湖县、岳西县上榜。',
];

describe('units retold from an earlier batch', () => {
  it('are kept after the notice’s own, marked with the batch they belong to', () => {
    const { n, codes } = readResolved(
      [...HEAD, '去年，我省宣城市、金寨县、绩溪县跻身首批国家生态文明建设示范市县行列。'].join(
        '\n',
      ),
    );
    const own = n.records.filter((r) => !r.retold);
    expect(own.map((r) => r.batch)).toEqual(['第二批', '第二批']);
    const retold = n.records.filter((r) => r.retold);
    expect(retold.map((r) => [r.batch, r.programme, r.year])).toEqual([
      ['首批', '国家生态文明建设示范市县', null],
      ['首批', '国家生态文明建设示范市县', null],
      ['首批', '国家生态文明建设示范市县', null],
    ]);
    expect(codes.slice(own.length)).toEqual(['341800', '341524', '341824']);
    // Retold units come last: the notice's own items keep the indexes the preview edits use.
    expect(n.records.findIndex((r) => r.retold)).toBe(own.length);
  });

  it('leave a later batch named after the notice’s own an entry of its own (control)', () => {
    const { n } = readResolved(
      [
        '关于确认某某实验区的通知',
        '经研究，确认山东省潍坊市等2个地区为第一批某某实验区，天津市红桥区等3个地区为第二批某某实验区。',
      ].join('\n'),
    );
    expect(n.records.length).toBeGreaterThan(0);
    expect(n.records.some((r) => r.retold)).toBe(false);
  });

  it('are nothing in a story that names no batch of its own (control)', () => {
    const { n } = readResolved(
      [
        '芜湖 岳西两县跻身全国生态文明建设示范',
        '生态环境部日前公布国家生态文明建设示范市县名单，我省芜湖县、岳西县上榜。',
        '去年，我省宣城市、金寨县、绩溪县跻身首批国家生态文明建设示范市县行列。',
      ].join('\n'),
    );
    expect(n.records.some((r) => r.retold)).toBe(false);
  });
});
