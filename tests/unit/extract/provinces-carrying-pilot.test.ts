/**
 * A pilot's list of provinces counted by their level and carrying the pilot out themselves
 * ("北京、天津、河北等3个省(自治区、直辖市)实施…试点") lists pilot areas, zones, as a list of
 * cities trying a reform does. Controls: provinces counted that only join the pilot's list
 * (…入选…试点) or that place the cities trying it (…等3个省份的12个城市开展…试点) are no such
 * areas by these words: the list keeps the pilot's bare kind.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const TITLE = '关于同意扩大某某服务试点的批复\n';

describe('provinces carrying a pilot out', () => {
  it('are its pilot areas: zones', () => {
    const { n } = readResolved(
      TITLE + '调整后，北京、天津、河北等3个省(自治区、直辖市)实施某某服务试点。\n',
    );
    expect(n.records.map((r) => [r.regionText, r.kind])).toEqual([
      ['北京', 'zone'],
      ['天津', 'zone'],
      ['河北', 'zone'],
    ]);
  });

  it('counted as 省份 and launching it, are zones too', () => {
    const { n } = readResolved(TITLE + '调整后，北京、天津、河北等3个省份开展某某服务试点。\n');
    expect(n.records.map((r) => r.kind)).toEqual(['zone', 'zone', 'zone']);
  });

  it('joining its list only, keep the bare kind', () => {
    const { n } = readResolved(
      TITLE + '调整后，北京、天津、河北等3个省(自治区、直辖市)入选某某服务试点。\n',
    );
    expect(n.records.map((r) => r.kind)).toEqual(['other', 'other', 'other']);
  });
});
