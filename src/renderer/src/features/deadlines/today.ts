import { CHINA_OFFSET_MS } from '../../../../shared/china-time';

/** Today in Beijing as YYYY-MM-DD: a deadline day does not flip at UTC midnight. */
export function todayInChina(now = new Date()): string {
  return new Date(now.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}
