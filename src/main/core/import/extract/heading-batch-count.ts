/**
 * A list's heading that is its batch and count alone ("首批24个", "第二批（17个）", "第一批 共15个"):
 * the count is that list's, as 共N个 in a sentence introducing it is. A heading that names more
 * than a batch (…名单, a province, a category) is read by the other count rules.
 */
import { CHINESE_NUMERAL_CHARS, parseNumber } from './chinese-numerals';

const N = `([0-9]+|[${CHINESE_NUMERAL_CHARS}]+)`;
const BATCH_COUNT = new RegExp(
  `^(?:首批|第[0-9${CHINESE_NUMERAL_CHARS}]+批)\\s*[(（]?\\s*(?:共\\s*)?${N}\\s*(?:个|家|处)\\s*[)）]?$`,
);

export function headingBatchCount(heading: string | null): number | null {
  const m = heading ? BATCH_COUNT.exec(heading.replace(/\s+/g, '')) : null;
  const n = m ? parseNumber(m[1] ?? '') : null;
  return n !== null && n >= 2 && n <= 2000 ? n : null;
}
