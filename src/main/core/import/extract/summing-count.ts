/**
 * "重庆两个乡镇…", "嘉兴市4家单位…": a place and a count of its units sums up, it lists
 * nothing; so does the last of a run of per-city counts ("…大同市5个、太原市1个"), and the
 * first of a count of divisions that acted ("长春市等24个市、县（区）先后出台…"). A sentence's
 * enumeration opening with such a place has no entry there.
 */
import type { PlacePiece } from './place-piece';
import { countsActors, countsItself } from './sentence-pieces';
import type { KeyedText } from './text-key';

/** The one place an opening piece read when it only counts the place's units, else null. */
export function summingCount(
  doc: KeyedText,
  places: readonly PlacePiece[],
  opening: boolean,
): PlacePiece | null {
  const only = places[0];
  if (!opening || !only || places.length !== 1 || only.rest !== 'count') return null;
  if ((only.count ?? 0) < 1) return null;
  if (only.example && !countsActors(doc.key.slice(only.restAt, only.restAt + 40))) return null;
  return countsItself(only.regionText, doc.key.slice(only.restAt, only.restAt + 12)) ? null : only;
}
