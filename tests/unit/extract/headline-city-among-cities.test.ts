/**
 * A headline naming one city written short ("某城入选！…", the page's outlet named after it)
 * over a story listing that city with others of its province, every one written short: each
 * is a city of its own, not a place inside the headline's city.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('a headline’s short city over a list of short cities', () => {
  it('places every listed city as itself', () => {
    const text = [
      '绵阳入选！第五批全国示范性便民市场试点名单公布',
      '2023-09-08 来源：绵阳新闻网',
      '近日，有关部门公布了第五批全国示范性便民市场试点名单，全国共有60个试点。其中四川4个，分别为绵阳、德阳、宜宾和南充。',
    ].join('\n');
    const { codes } = readResolved(text);
    expect(codes).toEqual(['510700', '510600', '511500', '511300']);
  });

  it('still reads a district written alone inside the headline’s city', () => {
    const text = [
      '绵阳3个社区入选全省示范社区',
      '2023-09-08 来源：绵阳新闻网',
      '近日，省民政厅公布了全省示范社区名单，涪城区城厢街道东街社区、游仙区游仙街道芙蓉社区、安州区花荄镇黄土社区入选。',
    ].join('\n');
    const { codes } = readResolved(text);
    expect(codes).toEqual(['510703', '510704', '510705']);
  });
});
