/**
 * A county-level city written short, without its 市, told as becoming its scope's only entrant of
 * the list the sentence has just named ("…公布了全国15个…实验区,某地成为某省唯一入选县(市)"): the
 * place is an entry of that list's programme — the words after 成为 say who it is among the list's
 * units, they name no programme of their own. A short name becoming anything else is prose.
 */
import { describe, expect, it } from 'vitest';
import { readResolved } from './helpers';

const story = (sentence: string) =>
  [
    '调查|河北省河间市婚俗改革探访:农村婚礼还可以这么办',
    '河北新闻网 2021-04-22 02:39:02',
    sentence,
    '当前,农村高价彩礼给很多农户带来沉重负担。',
  ].join('\n');

describe('a short place becoming its scope’s only entrant', () => {
  it('is an entry of the list the sentence named, of that programme', () => {
    const { n, codes } = readResolved(
      story('4月7日,民政部公布了全国15个婚俗改革实验区,河间成为河北省唯一入选县(市)。'),
    );
    expect(codes).toEqual(['130984']);
    expect(n.records.map((r) => [r.kind, r.programme])).toEqual([['zone', '全国婚俗改革实验区']]);
  });

  it('a short place becoming no listing is prose (control)', () => {
    const { n } = readResolved(
      story('4月7日,民政部公布了全国15个婚俗改革实验区,河间成为全省婚俗改革的一面旗帜。'),
    );
    expect(n.records).toHaveLength(0);
  });

  it('a place becoming a landmark of its own is prose (control)', () => {
    const { n } = readResolved(story('河间成为网红打卡地,游客络绎不绝。'));
    expect(n.records).toHaveLength(0);
  });
});
