/**
 * A term lengthened by so many years ("试点期限延长一年，至2024年12月", "实验期顺延2年"): the
 * years are the extension's, read as one (moved-dates.ts), and no cycle of the units — a cycle
 * read from them would give a one-year term beside the extension. A cycle stated beside an
 * extension ("实验期为两年，期满可申请延期") is still a cycle: only the words between the term and
 * its years are asked.
 */
const LENGTHENED = /延长|延期|顺延|展期|推迟|再延/;

/** Whether a cycle's match is a term lengthened by its years. */
export function lengthensTerm(cycleWords: string): boolean {
  return LENGTHENED.test(cycleWords);
}
