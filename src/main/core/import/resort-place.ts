/**
 * A resort named after the place it lies in, its line giving only a wider place before it
 * ("江苏省 常熟虞山文化旅游度假区", "湖南省 岳阳洞庭湖旅游度假区"): the row reads the province or
 * city as the place and the resort's name as the title, though the name opens with its place
 * written short. The gazetteer reads a short place glued to more name only for a named
 * establishment and only inside a place it is given, so the name is read inside the row's
 * place: a deeper place found there is the record's own. A resort's name is what the list
 * honours, the place and the programme's unit word (度假区), no theme: in a list of resorts
 * the entry has no title, as a park named after its place has none. Only a county or city
 * read so is taken: a township's name (鉴湖, 街道 or 镇 not written) is as often the lake or
 * hill the resort and the township are both named after, in another county than the resort's.
 * Nor is a short name read on into a mountain or a lake (长白山, 长白 also a county's short name):
 * the resort is named after the landform, which spans counties.
 */
import type { RegionResolution } from '../gazetteer';
import { resolveRegion } from '../gazetteer';
import { toKey } from './extract/text-key';
import type { ExtractedRecord } from './extract/types';

const RESORT = /度假区$/;
/**
 * A landform word right after a short place makes one name with it (长白山, 洪泽湖); a lake or
 * cave's own first character (岳阳洞庭湖) is none.
 */
const LANDFORM = /^[山湖岛峰岭]/;

/** The code's own digits: a province's two, a city's four. */
const stem = (code: string): string => code.slice(0, 6).replace(/(?:00)+$/, '');

type ResortInPlace = (
  record: ExtractedRecord,
  resolution: RegionResolution,
  asOf: string | null,
) => { record: ExtractedRecord; resolution: RegionResolution } | null;

/**
 * `resortInPlace` for the records of one notice. They mostly share one programme, which was
 * keyed again for every record: whether it names resorts is kept for the programme last asked
 * (made per notice, so nothing is kept past it).
 */
export function resortsInPlace(): ResortInPlace {
  let last: string | null = null;
  let lastIsResort = false;
  const namesResorts = (programme: string): boolean => {
    if (programme !== last) {
      last = programme;
      lastIsResort = RESORT.test(toKey(programme));
    }
    return lastIsResort;
  };
  return (record, resolution, asOf) =>
    namesResorts(record.programme ?? '') ? resortInPlace(record, resolution, asOf) : null;
}

/** The resort's place and title, for a record of a programme that names resorts. */
function resortInPlace(
  record: ExtractedRecord,
  resolution: RegionResolution,
  asOf: string | null,
): { record: ExtractedRecord; resolution: RegionResolution } | null {
  const title = toKey(record.title ?? '').trim();
  // A resort read as a line's place ("兴安盟阿尔山旅游度假区"): the resolver stops at the city it
  // reads first; the rest opens with the county inside it.
  const rest =
    title === '' && record.regionText && RESORT.test(toKey(record.regionText))
      ? record.regionText.slice(resolution.end ?? record.regionText.length)
      : null;
  if (!RESORT.test(title) && !rest) return null;
  const untitled = title === '' ? record : { ...record, title: '' };
  const names = resolution.names;
  if (!resolution.code || !names || names.county || names.town) {
    return { record: untitled, resolution };
  }
  const context = [names.province, names.city].filter(Boolean).join('');
  const own = resolveRegion(rest ?? title, {
    asOf: asOf ?? undefined,
    context: context || undefined,
  });
  const deeper =
    own.regionCode !== null &&
    own.level !== 'town' &&
    own.level !== 'village' &&
    !LANDFORM.test(toKey((rest ?? title).slice(own.end ?? 0))) &&
    own.code !== null &&
    own.code !== resolution.code &&
    own.code.startsWith(stem(resolution.code));
  return { record: untitled, resolution: deeper ? own : resolution };
}
