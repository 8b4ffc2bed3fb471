/** Today in Beijing as YYYY-MM-DD: a deadline day does not flip at UTC midnight. */
export function todayInChina(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}
