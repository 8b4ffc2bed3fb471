/**
 * Scenic areas a story names bare after their province and city written short (安徽芜湖方特,
 * 云南腾冲火山热海), in a run that closes as scenic areas do (等6个景区, 的5A级景区资格): each is
 * an entry at its short place, its own name the title. The same words with no such close, or a
 * run of places doing something, are no entries.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const read = (lines: string[]) => {
  const { n, codes } = readResolved(lines.join('\n'));
  return { rows: n.records.map((r) => [r.title, r.outcome?.status ?? null]), codes };
};

describe('scenic areas named bare after their short places', () => {
  it('are entries in a run closed by a count of scenic areas', () => {
    const { rows, codes } = read([
      '六景区升格5A',
      '另外，安徽芜湖方特、江苏连云港花果山、云南腾冲火山热海等3个景区，被国家旅游局升格为5A级景区。',
    ]);
    expect(codes).toEqual(['340200', '320700', '530581']);
    expect(rows).toEqual([
      ['方特', null],
      ['花果山', null],
      ['火山热海', null],
    ]);
  });

  it('are revoked where the run loses its grade', () => {
    const { rows, codes } = read([
      '两景区被摘牌',
      '国家旅游局宣布，撤销湖南长沙橘子洲、重庆南川神龙峡的5A级景区资格。',
    ]);
    expect(codes).toEqual(['430100', '500119']);
    expect(rows).toEqual([
      ['橘子洲', '已撤销'],
      ['神龙峡', '已撤销'],
    ]);
  });

  it('are none where nothing closes the run as scenic areas', () => {
    const { rows } = read([
      '游客暑期出行',
      '暑期，湖南长沙橘子洲、重庆南川神龙峡游客如织，带动了当地消费。',
    ]);
    expect(rows).toEqual([]);
  });
});
