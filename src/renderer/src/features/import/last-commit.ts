/**
 * The files the last 确认导入 wrote: 导入完成 counts them alone. A session holds every batch
 * committed since the page opened, and summing them all told a clerk whose second notice only
 * joined the first one's records 新增 4 for records it never created. Pure (tests read it
 * without React).
 */
interface Committed {
  key: string;
  stage: string;
}

export const lastCommitted = <F extends Committed>(
  session: readonly F[],
  lastClick: ReadonlySet<string>,
): F[] => session.filter((f) => lastClick.has(f.key) && f.stage === 'committed');
