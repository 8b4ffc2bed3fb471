/**
 * An honour's name holding a numeral (十佳, 百佳, 十大) counts its holders only where the page
 * names or lists them. With nothing read, a name told of one unit's honour, of a contest or of
 * a ceremony, its clause naming no holders and announcing no list, counts no list: no count
 * warning. Examples closed by their count, or a list announced, still say what went unread.
 * Composed notices, invented names.
 */
import { describe, expect, it } from 'vitest';
import { keyText } from '../../../src/main/core/import/extract/text-key';
import { unreadTotals } from '../../../src/main/core/import/extract/unread-totals';
import { readResolved } from './helpers';

const said = (text: string) => unreadTotals(keyText(text), [], 0, []);

describe('an honour’s name with nothing read', () => {
  it('counts no list when told of one unit’s honour, a contest or a ceremony', () => {
    expect(
      said('近年来，青禾区积累了一批好经验，南岭社区的议事工作法当选全国百佳社区工作法。'),
    ).toEqual([]);
    expect(said('青禾区举办年度十佳创新案例发布暨案例教学培训会，交流展示各地经验。')).toEqual([]);
    expect(said('青禾区第十三年开展全区“十佳社区”评估，现场评估占七成。')).toEqual([]);
  });

  it('still counts the honour when its holders are cited before their count', () => {
    expect(said('枫林街道南岭社区百岁食堂等11个组织获评百佳社区社会组织。')).toHaveLength(1);
  });

  it('still counts the honour when its list is announced and nothing of it read', () => {
    expect(said('青禾区十佳和谐社区名单如下：')).toMatchObject([{ stated: 10, found: 0 }]);
  });

  it('a whole story: a call telling a past honour in passing raises no count warning', () => {
    const { n } = readResolved(
      [
        '青禾区邀您推荐社区治理案例',
        '近年来，青禾区社区治理成效明显，南岭社区的议事工作法当选全国百佳社区工作法。',
        '即日起，区民政局面向全区征集社区治理创新案例，欢迎各社区踊跃推荐。',
      ].join('\n'),
    );
    expect(n.warnings.filter((w) => w.code === 'count_mismatch')).toEqual([]);
  });
});
