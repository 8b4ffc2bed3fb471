/**
 * China time (UTC+8, no daylight saving): the clock every date staff see is read on, whatever
 * the machine's time zone — a deadline day or a history stamp does not flip at UTC midnight.
 */
export const CHINA_OFFSET_MS = 8 * 3_600_000;
