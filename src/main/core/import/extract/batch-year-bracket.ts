/**
 * A batch written with its year in brackets after it ("第二批（2021年）全国…", "首批(2019年度)…"):
 * the year is the batch's, and the name goes on after the bracket. Written the usual way round
 * ("2021年第二批全国…"), the year and the batch are read as any programme's are. A range of
 * years in the bracket ("第二批（2021—2023年）") is the batch's term, no year of its own.
 */
import { CHINESE_NUMERAL_CHARS } from './chinese-numerals';

const BATCH_THEN_YEAR = new RegExp(
  `(第[0-9${CHINESE_NUMERAL_CHARS}]+批|首批)[(（]\\s*((?:19|20)[0-9]{2}年度?)\\s*[)）]`,
);

/** The phrase with a batch's bracketed year written before the batch. */
export function withBatchYearFirst(phrase: string): string {
  return phrase.replace(BATCH_THEN_YEAR, '$2$1');
}
