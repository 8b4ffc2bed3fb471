/**
 * A story telling an organ's announcement by the writer's day (昨天，某局宣布…; 某局今天宣布…)
 * is news, though what it tells revokes or newly rates the units it names; an organ's own
 * document dates its act by its signature, and 宣布 with no such day word says nothing.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';
import { tellsDayAnnouncement } from '../../../src/main/core/import/extract/day-told-announcement';

describe('an announcement told by the writer’s day', () => {
  it('makes the page news, though the units it names are revoked', () => {
    const { n } = readResolved(
      [
        '两景区被摘牌',
        '国家旅游局今天宣布，撤销湖南长沙橘子洲、重庆南川神龙峡的5A级景区资格。',
      ].join('\n'),
    );
    expect(n.records).toHaveLength(2);
    expect(n.metadata.role).toBe('news');
  });

  it('is told by the day word before the verb only', () => {
    expect(tellsDayAnnouncement('昨天，国家旅游局宣布，某景区新晋为5A级景区。')).toBe(true);
    expect(tellsDayAnnouncement('中国大陆国家旅游局今天宣布，撤销某景区资格')).toBe(true);
    expect(tellsDayAnnouncement('国家旅游局宣布，撤销某景区资格')).toBe(false);
    expect(tellsDayAnnouncement('今天是个好日子。会议宣布了表彰名单')).toBe(false);
  });
});
