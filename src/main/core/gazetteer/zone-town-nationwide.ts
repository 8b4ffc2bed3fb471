/**
 * A zone written with no city in front and a township after it ("郑东新区祭城路街道办事处某社区"):
 * a new area's own page names itself bare, and a zone has no GB/T 2260 code. Towns are
 * ambiguous nationally, so they are otherwise only looked up inside a county or a city; but
 * after a zone word a township whose name the whole town table holds once (and not as a
 * statistical unit) can only be that one: the line is placed in its county, and the note
 * asks for a check. A township named in two places is left unread.
 */
import { loadGazetteer } from './gazetteer-data';
import { normalizeRegionText } from './normalize';
import { unitNames } from './place';
import type { RegionResolution } from './resolve-region';
import { loadTowns } from './towns';

/** A township's name right after the zone word (an office written in full counts as its street). */
const TOWNSHIP = /^[\u4e00-\u9fff]{2,6}?(街道办事处|街道|民族乡|镇|乡|苏木)/;

/**
 * The township's county when `text` opens with the zone word `zoneWord` (a short name and its
 * suffix, nothing resolved before it) and then a township unique in the nation.
 */
export function zoneTownNationwide(
  text: string,
  first: RegionResolution,
  zoneWord: string,
): RegionResolution | null {
  if (first.code !== null) return null;
  const at = text.indexOf(zoneWord);
  // The zone's own name before its suffix: a few characters of a name, no other place.
  const name = text.slice(0, at);
  if (at < 2 || at > 6 || !/^[\u4e00-\u9fff]+$/.test(name)) return null;
  const zoneEnd = at + zoneWord.length;
  const written = TOWNSHIP.exec(normalizeRegionText(text.slice(zoneEnd)).key)?.[0];
  if (!written) return null;
  const key = written.replace(/街道办事处$/, '街道');
  const hits = loadTowns().all.filter((t) => t.key === key);
  const hit = hits.length === 1 ? hits[0] : undefined;
  if (!hit || hit.pseudo) return null;
  const county = loadGazetteer().current.get(hit.code.slice(0, 6));
  if (!county || county.pseudo) return null;
  return {
    ...first,
    code: hit.code,
    level: 'town',
    names: { ...unitNames(county), town: hit.name },
    current: null,
    regionCode: county.code,
    start: 0,
    end: zoneEnd + written.length,
    note: `「${text.slice(0, zoneEnd)}」是功能区，不是行政区划，未写所在城市；其后的${hit.name}全国仅此一处，在${county.name}，按${county.name}（${county.code}）计，请核对`,
  };
}
