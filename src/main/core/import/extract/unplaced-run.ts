/**
 * A run of townships and villages that names no county, closed by the words that make them
 * entries: "春城街道林田村，春湾镇三乡村、山中间村，…，永宁镇造和村10条行政村位列其中" in a
 * county-level city's own news item that never writes its name. The run is read only when it
 * is a whole sentence of such names (from the sentence start, after at most a lead word such
 * as 我市 or 其中) and the towns themselves lie in one county; a sentence that names places
 * in passing, or towns the division lists cannot agree on, yields nothing.
 */
import { looksLikePlace, townVillageEntry, type PlacePiece } from './prose-piece';
import type { Piece } from './prose-labels';
import { toKey } from './text-key';
import type { RegionContext, RegionLookup } from './types';

const SENTENCE_END = /[。；;！!？?]/;
/** Words that may open the run's sentence before its first name. */
const LEAD = /^(?:其中|我(?:市|县|区|旗)|本(?:市|县|区))[，,：:]?/;

export interface UnplacedRun {
  places: PlacePiece[];
  context: RegionContext;
}

/**
 * The run that piece k closes ("…永宁镇造和村10条行政村位列其中"), read back to the start of
 * its sentence, with the county its towns lie in; null unless every piece before it in the
 * sentence is a township or village name and the towns name one county.
 */
export function unplacedRun(pieces: Piece[], k: number, lookup: RegionLookup): UnplacedRun | null {
  const last = townVillageEntry(pieces[k]!);
  if (!last || !lookup.countyOfTowns) return null;
  let from = k;
  while (from > 0 && !SENTENCE_END.test(pieces[from - 1]!.sep)) from--;
  const places: PlacePiece[] = [];
  for (let i = from; i < k; i++) {
    const piece = pieces[i]!;
    const key = toKey(piece.text);
    const lead = i === from ? (LEAD.exec(key.trim())?.[0].length ?? 0) : 0;
    const skip = key.length - key.trimStart().length + lead;
    const name = key.slice(skip).trim();
    if (!looksLikePlace(name)) return null;
    const start = piece.start + skip;
    places.push({
      regionText: piece.text.slice(skip).trim(),
      start,
      end: start + name.length,
      rest: 'none',
      restAt: start + name.length,
    });
  }
  places.push(last);
  const context = lookup.countyOfTowns(places.map((p) => p.regionText));
  return context ? { places, context } : null;
}
