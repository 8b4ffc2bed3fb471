/**
 * A grid without header whose first column repeats the city the next cell writes in full
 * ("河源市 | 河源市东源县新回龙镇"): the city cell labels the row and is no entry of its own.
 * Controls: a cell whose neighbour does not repeat it joins as before (韶关市 | 仁化县扶溪镇),
 * and a city and its county listed in prose (河源市、河源市东源县) are two entries; a county cell
 * beside one of its towns (东源县 | 东源县新回龙镇: a list of model counties and towns) is a
 * county of its own, no label of the row, as a city or province written before the rest is.
 */
import { describe, expect, it } from 'vitest';
import { gazetteerRegionLookup } from '../../../src/main/core/import/extract/index';
import { withoutRepeatedPlaceCells } from '../../../src/main/core/import/extract/repeated-place-cell';
import { readResolved } from './helpers';

const HEAD = '某省2018年度休闲农业示范镇候选单位公示名单\n一、示范镇\n';

describe('a city cell repeated by the cell beside it', () => {
  it('is no entry of its own', () => {
    const { n, codes } = readResolved(
      HEAD +
        '韶关市\t仁化县扶溪镇\n河源市\t河源市东源县新回龙镇\n河源市\t河源市东源县船塘镇\n' +
        '惠州市\t惠州市博罗县石坝镇\n江门市\t开平市塘口镇\n',
    );
    expect(codes).toEqual(['440224', '441625', '441625', '441322', '440783']);
    expect(n.records).toHaveLength(5);
  });

  it('only across a gap, and only when the next cell writes it again', () => {
    const lookup = gazetteerRegionLookup();
    const pieces = (texts: [string, string][]) => {
      let start = 0;
      return texts.map(([text, sep]) => {
        const p = { text, start, sep };
        start += text.length + sep.length;
        return p;
      });
    };
    const texts = (ps: { text: string }[]) => ps.map((p) => p.text);
    expect(
      texts(
        withoutRepeatedPlaceCells(
          pieces([
            ['河源市', '\t'],
            ['河源市东源县船塘镇', ''],
          ]),
          lookup,
        ),
      ),
    ).toEqual(['河源市东源县船塘镇']);
    expect(
      texts(
        withoutRepeatedPlaceCells(
          pieces([
            ['河源市', '、'],
            ['河源市东源县', ''],
          ]),
          lookup,
        ),
      ),
    ).toEqual(['河源市', '河源市东源县']);
    expect(
      texts(
        withoutRepeatedPlaceCells(
          pieces([
            ['河源市', '\t'],
            ['东源县船塘镇', ''],
          ]),
          lookup,
        ),
      ),
    ).toEqual(['河源市', '东源县船塘镇']);
  });

  it('a county before one of its own towns stays an entry', () => {
    const lookup = gazetteerRegionLookup();
    const texts = withoutRepeatedPlaceCells(
      [
        { text: '东源县', start: 0, sep: '\t' },
        { text: '东源县新回龙镇', start: 4, sep: '' },
      ],
      lookup,
    ).map((p) => p.text);
    expect(texts).toEqual(['东源县', '东源县新回龙镇']);
    const { codes } = readResolved(
      '示范县和示范乡镇名单\n经评审，以下地区入选：东源县 东源县新回龙镇 和平县林寨镇。',
    );
    expect(codes).toEqual(['441625', '441625', '441624']);
  });
});
