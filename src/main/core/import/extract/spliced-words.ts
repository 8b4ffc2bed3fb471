/**
 * "…、友好晋安区茶园街道东浦社区、…", "…、设示五莲县中至镇门楼社区、…": a spun or scrambled
 * copy splices a few stray words right before an entry of a run. When the division list reads
 * no place across them, but a few characters in a county (or a higher division) starts that it
 * reads down to a township or lower, the entry starts there and the words before are no part
 * of it.
 */
import type { Piece } from './prose-labels';
import { startsAtCountyOrAbove } from './place-like';
import { toKey } from './text-key';
import type { RegionLookup } from './types';

/** The longest stray words spliced before an entry ("市个社区上榜社区"). */
const MAX_SPLICED = 8;
/** A place read down to a township or lower, its county written with its level word. */
const COUNTY_AND_TOWN = /^.{1,12}?(?:县|区|市|旗).{1,10}?(?:镇|乡|街道|苏木|社区|村)$/;

const WRITTEN_DIVISION_END = /(?:(?<!社)区|省|市|县|州|盟|旗)$/;

export function afterSplicedWords(piece: Piece, lookup: RegionLookup): Piece | null {
  const key = toKey(piece.text);
  // Separators or counts inside the words are no stray words: a clause the run goes on with.
  const head = /^[\u4e00-\u9fff]+/.exec(key)?.[0] ?? '';
  const read = lookup.splitPrefix(piece.text, {})?.end ?? 0;
  for (let n = Math.max(1, read); n <= Math.min(MAX_SPLICED, head.length - 1); n++) {
    const rest = piece.text.slice(n);
    // A division written out before ("湖北省黄梅县…") is the entry's own, never stray words.
    if (WRITTEN_DIVISION_END.test(key.slice(0, n)) || !startsAtCountyOrAbove(key.slice(n)))
      continue;
    const hit = lookup.splitPrefix(rest, {});
    if (hit && COUNTY_AND_TOWN.test(toKey(hit.regionText)))
      return { ...piece, text: rest, start: piece.start + n };
  }
  return null;
}
