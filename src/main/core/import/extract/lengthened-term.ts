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
