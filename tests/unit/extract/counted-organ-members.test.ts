/**
 * An organ named as the example of a counted list ("某区民政局等23家单位为5A级…"): the organ is
 * the unit honoured and an entry, and the count above what is named warns.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('an organ counted among the units a list holds', () => {
  it('is an entry, and the count it does not reach warns', () => {
    const { n, codes, warned } = readResolved(
      '日前，省民政厅公布了评估结果。其中，嘉兴市南湖区民政局等12家单位为五星级服务窗口。',
    );
    expect(n.records).toHaveLength(1);
    expect(codes).toEqual(['330402']);
    expect(warned).toContain('count_mismatch');
  });

  it('is still no entry when it only recommended the cases', () => {
    const { n } = readResolved('由嘉兴市南湖区民政局等单位推荐的案例已汇编成册，供各地学习交流。');
    expect(n.records).toHaveLength(0);
  });
});
