/**
 * Villages listed under their township in prose, some named down to a natural village or
 * group ("党苟村上寨", "潘家村八组") or written without 村 ("青云镇柳庄"): each is an entry of
 * the list, and none ends it.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const read = (lines: string[]) => readResolved(lines.join('\n\n'));

describe('villages below their township in a prose list', () => {
  it('keeps a natural village or group after its village as part of the entry', () => {
    const { n, codes } = read([
      '榕江县入选的村寨分别是：榕江县古州镇龙江村、高文村上寨，栽麻镇大利村、宰荡村八组、小丹江村、归柳村，共6个。',
    ]);
    expect(n.records.map((r) => r.regionText)).toEqual([
      '榕江县古州镇龙江村',
      '高文村上寨',
      '栽麻镇大利村',
      '宰荡村八组',
      '小丹江村',
      '归柳村',
    ]);
    // Every entry carries the county the first one names; none is placed anywhere else.
    expect(n.records.slice(1).every((r) => r.regionContext?.county === '榕江县')).toBe(true);
    expect(codes.filter((c) => c !== null && c !== '522632')).toEqual([]);
    expect(codes[0]).toBe('522632');
  });

  it('reads on past a village written without 村 after its township', () => {
    const { n, codes } = read([
      '获此殊荣的村是：沂南县界湖街道北村、依汶镇王家庄、双堠镇朱家里村、苏村镇苏村村。',
    ]);
    expect(n.records.map((r) => r.regionText)).toEqual([
      '沂南县界湖街道北村',
      '依汶镇王家庄',
      '双堠镇朱家里村',
      '苏村镇苏村村',
    ]);
    expect(codes).toEqual(['371321', '371321', '371321', '371321']);
  });
});
