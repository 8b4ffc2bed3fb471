/**
 * A count of one after a place: of the very kind the place is ("…某村1个村为…"), it counts the
 * place itself, the one entry of its group; of a kind the place holds ("某市1个社区入选"), it
 * tallies the place's units and lists nothing.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

describe('a place followed by a count of one', () => {
  it('is the entry when the count names the place’s own kind', () => {
    const { codes } = readResolved(
      [
        '某省古县古镇古村落名单出炉',
        '经评审论证，确定嘉兴市嘉善县等6个县为“千年古县”，湖州市南浔区南浔镇等3个镇为“千年古镇”，嘉兴市嘉善县西塘镇红菱村1个村为“千年古村落”。',
      ].join('\n'),
    );
    expect(codes).toEqual(['330421', '330503', '330421']);
  });

  it('lists nothing when the count is of units the place holds', () => {
    const { n } = readResolved(
      ['我市一社区获评', '近日，全国某某示范社区名单公布，嘉兴市1个社区入选。'].join('\n'),
    );
    expect(n.records).toEqual([]);
  });
});
