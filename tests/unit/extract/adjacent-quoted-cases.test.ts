/**
 * Quoted names run together after their county ("某县“甲”“乙”“丙”三个案例入选…"): each is an
 * entry at the county when the count before the verb is the names written; a count that differs
 * reads no run.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('quoted names run together after their place', () => {
  it('reads each quoted name at the place when the count matches', () => {
    const { n, codes } = readResolved(
      '着力打造新时代文明实践样板\n' +
        '近日，潜山市“乡村大舞台”“红色微课堂”“邻里积分卡”三个案例入选《全省新时代文明实践案例选编》。\n',
    );
    expect(n.records.map((r) => r.title)).toEqual(['乡村大舞台', '红色微课堂', '邻里积分卡']);
    expect(codes).toEqual(['340882', '340882', '340882']);
  });

  it('reads no run when the count is not the names written', () => {
    const { n } = readResolved(
      '着力打造新时代文明实践样板\n' +
        '近日，潜山市“乡村大舞台”“红色微课堂”五个案例入选《全省新时代文明实践案例选编》。\n',
    );
    expect(n.records.map((r) => r.title)).not.toContain('乡村大舞台');
  });
});
