/**
 * A naming notice counts its list by the first entry as its example, and may write that
 * community by its committee ("…某社区居民委员会等8个社区") while the list's entry reads as the
 * place: the count still belongs to the list, so a list cut short is reported.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('a stated count whose example names the committee', () => {
  it('counts the list, so a shortfall is warned', () => {
    const { codes, warned } = readResolved(
      [
        '关于命名2019年度“某市科普示范社区”的通知',
        '各区县科协：',
        '经综合评估，决定命名岳麓区望月湖街道银杉社区居民委员会等4个社区为“某市科普示范社区”。',
        '附件：名单',
        '岳麓区望月湖街道银杉社区居民委员会',
        '开福区四方坪街道福城社区居民委员会',
        '雨花区左家塘街道东郡社区居民委员会',
      ].join('\n'),
    );
    expect(codes).toHaveLength(3);
    expect(warned).toContain('count_mismatch');
  });
});
