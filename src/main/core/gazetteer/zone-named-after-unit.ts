/**
 * A zone named after the division it lies in, with a place below it written after the zone:
 * "某某综合实验区某某镇…" for 某某县's towns, "某市某某经济开发区某某社区" for 某某区's
 * communities, "某某开发区某某社区" for the street 某某街道 the zone grew from. Read with the
 * division's own word in place of the zone word, the place after it has to be found inside a
 * division of exactly that name, so the stem and the place agree and nothing is taken from a
 * name alone. The zone itself has no code; the division it is named after answers.
 */
import type { ResolveOptions, RegionResolution } from './resolve-region';

const COUNTY_WORDS = ['县', '区', '市', '旗'];
/** A township's words: a zone named after one needs a village or community after it. */
const TOWNSHIP_WORDS = ['街道', '镇', '乡'];

export function zoneNamedAfterUnit(
  text: string,
  opts: ResolveOptions,
  m: RegExpExecArray,
  resolve: (text: string, opts: ResolveOptions) => RegionResolution,
): RegionResolution | null {
  // 经济开发区 is one zone word: 经济 is no part of the division's name.
  const lead = /经济$/.test(text.slice(0, m.index)) ? 2 : 0;
  const before = text.slice(0, m.index - lead);
  const zoneWord = text.slice(m.index - lead, m.index + m[0].length);
  const rest = text.slice(m.index + m[0].length);
  if (before.length < 2 || !rest) return null;
  for (const word of [...COUNTY_WORDS, ...TOWNSHIP_WORDS]) {
    const r = resolve(`${before}${word}${rest}`, opts);
    const county = COUNTY_WORDS.includes(word);
    const named = county ? r.names.county : r.names.town;
    const below = county ? r.level === 'town' || r.level === 'village' : r.level === 'village';
    if (!named || !below || named.length <= word.length) continue;
    if (!named.endsWith(word) || !before.endsWith(named.slice(0, -word.length))) continue;
    const shift = zoneWord.length - word.length;
    const where = county ? named : `${r.names.county ?? ''}${named}`;
    return {
      ...r,
      text,
      end: r.end + shift,
      note: `「${before}${zoneWord}」是以${named}命名的功能区，不是行政区划，其后的地名在${where}，按${r.names.county ?? named}（${r.regionCode ?? ''}）计`,
    };
  }
  return null;
}
