/**
 * A term lengthened by so many years ("试点期限延长一年，至2024年12月", "实验期顺延2年"): the
 * years are the extension's, read as one (moved-dates.ts), and no cycle of the units — a cycle
 * read from them would give a one-year term beside the extension. A cycle stated beside an
 * extension ("实验期为两年，期满可申请延期", "实验周期（不含延期）为三年") is still a cycle: only
 * a lengthening verb right before the years makes them the extension's.
 */
import { CHINESE_NUMERAL_CHARS } from './chinese-numerals';

const LENGTHENED = new RegExp(
  `(?:延长|延期|顺延|展期|推迟|再延)了?\\s*(?:[0-9]+|[${CHINESE_NUMERAL_CHARS}]+)\\s*(?:个)?年$`,
);

/** Whether a cycle's match is a term lengthened by its years. */
export function lengthensTerm(cycleWords: string): boolean {
  return LENGTHENED.test(cycleWords);
}

/**
 * A term changed from one length to another ("实验期限由两年延长为三年", "试点期由2年调整为3年",
 * "由原来的三年缩短为两年"): the cycle the units now run is the new length, not the old one the
 * cycle's words stop at. Lengthened, it is an extension too (moved-dates.ts reads it so), whose
 * end is the new cycle's: no months on top.
 */
const YEARS = `(?:[0-9]+|[${CHINESE_NUMERAL_CHARS}]+)\\s*(?:个)?年`;
/** "由两年", "由原来的两年", "由原定的2年": the old length. */
const FROM = `由\\s*(?:原(?:来|定|先)?的?)?\\s*${YEARS}`;
const CHANGED_FROM = new RegExp(`${FROM}$`);
const CHANGED_TO = new RegExp(
  `^\\s*(?:延长|调整|增加|延至|改|变更|缩短|缩减|减少)为\\s*([0-9]+|[${CHINESE_NUMERAL_CHARS}]+)\\s*(?:个)?年`,
);

/** The new length, as written, of a term the cycle's words (ending at `end` in `key`) change. */
export function changedTermYears(key: string, cycleWords: string, end: number): string | null {
  if (!CHANGED_FROM.test(cycleWords)) return null;
  return CHANGED_TO.exec(key.slice(end))?.[1] ?? null;
}

/** Whether the sentence changes a term's length upward ("由两年延长为三年"): an extension. */
export const LENGTHENED_TO = new RegExp(`${FROM}(?:延长|延至|增加)为\\s*${YEARS}`);
