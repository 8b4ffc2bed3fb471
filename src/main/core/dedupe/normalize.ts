/**
 * Match keys for short Chinese text. Keys are for comparison only; stored text is never
 * rewritten. NFKC folds full-width letters, digits and punctuation; opencc folds
 * traditional characters; punctuation, symbols and spaces go because quotes and
 * spacing are the main source of spurious differences between two notices.
 */
import { simplifiedKey } from '../import/readers/simplified-key';
import { keptAcrossCalls } from './kept-across-calls';

const STRIP = /[\p{P}\p{S}\p{Z}\s]/gu;

/** Administrative suffixes two notices write differently for the same unit. */
const UNIT_FORMS: [RegExp, string][] = [
  [/街道办事处/g, '街道'],
  [/(镇|乡)人民政府/g, '$1'],
  [/(区|县|市)人民政府/g, '$1'],
];
/** What every suffix above contains: a key without it needs none of them (most titles). */
const UNIT_FORM_WORDS = ['办事处', '人民政府'];

export function textKey(s: string | null | undefined): string {
  if (!s) return '';
  return simplifiedKey(s.normalize('NFKC')).replace(STRIP, '');
}

/** A title's key: also unit suffixes unified, since titles often name their unit. */
export function titleKey(s: string | null | undefined): string {
  let k = textKey(s);
  if (!UNIT_FORM_WORDS.some((w) => k.includes(w))) return k;
  for (const [re, to] of UNIT_FORMS) k = k.replace(re, to);
  return k;
}

const keptTitleKey = keptAcrossCalls(titleKey);

/**
 * titleKey with its answers kept across calls: a large ledger's first import on a connection
 * keys the title of every live case (the join by title) and of every record near its notices
 * (the duplicate check), half of them the same titles, and ledgers repeat titles (a case
 * honoured in several programmes, template titles).
 */
export function titleKeptKey(s: string | null | undefined): string {
  return s ? keptTitleKey(s) : '';
}

/** A township name's key: 旺庄街道办事处 and 旺庄街道 are one unit. */
export function unitNameKey(s: string | null | undefined): string {
  return titleKey(s);
}
