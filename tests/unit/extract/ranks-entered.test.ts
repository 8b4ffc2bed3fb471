/**
 * Places told as entering a programme's ranks (A、B跻身首批…示范市县行列, …跻身全国…之列) are its
 * members, the ranks no part of the programme's name; a place whose figures enter a ranking
 * (…综合竞争力跻身全省十强, 经济总量跻身全省前三行列) is no member of anything.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

function read(text: string) {
  const { n } = readResolved(text);
  return n.records.map((r) => [r.regionText, r.programme]);
}

describe('places entering the ranks of a programme', () => {
  it('reads the places before 跻身…行列 as members of the programme it names', () => {
    expect(read('我省宣城市、金寨县、绩溪县跻身首批国家生态文明建设示范市县行列。')).toEqual([
      ['宣城市', '国家生态文明建设示范市县'],
      ['金寨县', '国家生态文明建设示范市县'],
      ['绩溪县', '国家生态文明建设示范市县'],
    ]);
  });

  it('reads no member where a ranking of figures is entered', () => {
    expect(read('近年来，金寨县旅游综合竞争力连续八届跻身全省十强。')).toEqual([]);
    expect(read('去年，我市经济总量跻身全省前三行列。')).toEqual([]);
  });

  it('reads no member where the ranks entered are a ranking’s', () => {
    expect(read('会上通报，鄞州区跻身全省第一方阵之列。')).toEqual([]);
    expect(read('去年，安吉县跻身全国县域经济百强县行列。')).toEqual([]);
    expect(read('德清县跻身全省前十行列。')).toEqual([]);
  });
});
