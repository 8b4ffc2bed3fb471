/**
 * Small readings of the pieces a prose list is cut into: the last entry after 以及/和, the
 * words after a closed group, whether a phrase names a programme, a lookup inside a context,
 * where the sentence holding a place starts, the count an introduction ends with.
 */
import { parseNumber } from './chinese-numerals';
import { outcomeIn } from './outcomes';
import type { Piece } from './prose-labels';
import { toKey, type KeyedText } from './text-key';
import type { RegionContext, RegionLookup } from './types';

const SENTENCE_END = /[。；;！!？?]/;

/** The lookup asked inside a context: what a piece leaves unsaid, the list's place supplies. */
export function inContext(lookup: RegionLookup, ctx: RegionContext): RegionLookup {
  return { ...lookup, splitPrefix: (text, own) => lookup.splitPrefix(text, { ...ctx, ...own }) };
}

/**
 * "…高新区王因街道刘村，以及太白湖新区石桥镇北王一村入选": the last entry of an open list
 * after a comma and 以及/及/和; the joining word is no part of its name.
 */
export function joinedOn(piece: Piece): Piece {
  const join = /^\s*(以及|及|和|与)/.exec(toKey(piece.text));
  if (!join) return piece;
  const n = join[0].length;
  return { ...piece, text: piece.text.slice(n), start: piece.start + n };
}

/**
 * The rest of the sentence after piece k, up to the next place, for an outcome stated after
 * a closed group ("…等12个实验区圆满完成实验任务，顺利通过结项验收").
 */
export function tailOf(
  pieces: Piece[],
  k: number,
  isPlace: (p: Piece, sepBefore: string) => boolean,
): string {
  let out = '';
  for (let i = k + 1; i < pieces.length; i++) {
    if (isPlace(pieces[i]!, pieces[i - 1]!.sep)) break;
    out += pieces[i]!.text + pieces[i]!.sep;
    if (SENTENCE_END.test(pieces[i]!.sep)) break;
  }
  return out;
}

/**
 * Whether a membership phrase names a programme rather than states a grade: a grade in quotes
 * ("…评估结果为“优秀”") is still a grade.
 */
export function namesProgramme(phrase: string): boolean {
  const key = toKey(phrase).replace(/[“”"‘’'「」『』]/g, '');
  return key.length >= 4 && outcomeIn(key) === null;
}

/**
 * "长春市等24个市、县（区）先后出台了…": a place named first of a count of divisions that each
 * did something (先后, 相继, 陆续, 纷纷) is an example of who acted, no entry of a list.
 */
const COUNTED_ACTORS =
  /^等\s*(?:[0-9]+|[一二两三四五六七八九十百]+)\s*个\s*(?:[省市州盟县区旗、]|[(（][省市州盟县区旗、]+[)）])+(?:先后|相继|陆续|纷纷)(?!被|入选|入围|获|荣获|成为|通过)/;

/**
 * "表彰某区某社区等20个社区的30名社区工作者": the count of units is whose persons the sentence
 * names; the persons are what it names, the place no entry.
 */
const COUNTED_PERSONS_OF =
  /^等\s*(?:[0-9]+|[一二两三四五六七八九十百]+)\s*[个家][^，,。；;、]{0,8}?的\s*(?:[0-9]+|[一二两三四五六七八九十百]+)\s*(?:名|位)/;

export function countsActors(afterPlace: string): boolean {
  const key = toKey(afterPlace);
  return COUNTED_ACTORS.test(key) || COUNTED_PERSONS_OF.test(key);
}

/**
 * "…罗秀镇军田村1个村为…": a count of one of the very kind the place is (村 after a village,
 * 镇 after a town) counts the place itself, the one entry of its group, not a tally of units
 * it holds ("某市1个社区入选" counts a city's communities).
 */
const ONE_OF_ITS_KIND = /^\s*(?:1|一)\s*[个家]\s*(村|社区|镇|乡|街道|县|区|市|旗)/;

export function countsItself(regionText: string, afterPlace: string): boolean {
  const m = ONE_OF_ITS_KIND.exec(toKey(afterPlace));
  return !!m && toKey(regionText).trim().endsWith(m[1]!);
}

/** Where the sentence holding `at` starts, at the line's start at the earliest. */
export function lastSentenceEnd(doc: KeyedText, from: number, at: number): number {
  const before = doc.key.slice(from, at);
  let end = -1;
  for (let i = before.length - 1; i >= 0 && end < 0; i--)
    if (SENTENCE_END.test(before[i] ?? '')) end = i;
  return end < 0 ? from : from + end + 1;
}

/**
 * The count an enumeration's introduction ends with ("…结果为较差的实验区（2个）："): when it
 * is the number of places read, the two names are that group, however few.
 */
export function countedIntro(intro: string): number | null {
  const m = /[(（]?\s*共?\s*([0-9]+|[一二两三四五六七八九十]+)\s*个\s*[)）]?$/.exec(intro);
  return m ? parseNumber(m[1] ?? '') : null;
}
