/**
 * A reprint that lost its punctuation writes a city's counties bare and run together after
 * the city ("…、某省某市甲乙"): each county is an entry, the first with its city, the others
 * in it. Composed in other words and places than any notice read.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const HEAD = '又有一批县入选历史文化名县';
const LEAD = '近日，多地媒体陆续披露了各自省份入选的县名单。';

describe("a city's counties run together after it", () => {
  it('each is an entry where the copy stops after them', () => {
    const { codes } = readResolved(
      [HEAD, LEAD, '类似的，湖南省岳阳市平江县、福建省南平市建阳区、广东省梅州市大埔丰顺'].join(
        '\n',
      ),
    );
    expect(codes).toEqual(['430626', '350703', '441422', '441423']);
  });

  it('each is an entry before the verb that closes the run', () => {
    const { n, codes } = readResolved(
      [HEAD, '湖南省岳阳市平江县、广东省梅州市大埔丰顺入选历史文化名县。'].join('\n'),
    );
    expect(n.records.map((r) => r.regionText)).toEqual([
      '湖南省岳阳市平江县',
      '广东省梅州市大埔',
      '丰顺',
    ]);
    expect(codes).toEqual(['430626', '441422', '441423']);
  });

  it('each is an entry after a city written short', () => {
    // 日前, not 此前: a sentence 此前 opens retells an earlier round (recalled-runs.ts).
    const { codes } = readResolved(
      [HEAD, '日前，湖南省岳阳平江、梅州大埔丰顺入选历史文化名县。'].join('\n'),
    );
    expect(codes).toEqual(['430626', '441422', '441423']);
  });

  it('a city followed by words that are no counties of it stays one place', () => {
    const { codes } = readResolved(
      [HEAD, '湖南省岳阳市平江县、福建省南平市建阳区、广东省梅州市入选历史文化名县。'].join('\n'),
    );
    expect(codes).toEqual(['430626', '350703', '441400']);
  });
});
