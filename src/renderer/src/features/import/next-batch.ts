/**
 * The session as a new batch of files joins it: the notices already imported fold to their
 * header and counts (their rows one click away), so the files just chosen are what shows, not
 * every row of what is already in the ledger. Pure (tests read it without React).
 */
interface Batched {
  stage: string;
  folded?: boolean;
}

export const withBatch = <F extends Batched>(session: readonly F[], batch: readonly F[]): F[] => [
  ...session.map((f) =>
    (f.stage === 'committed' || f.stage === 'undone') && !f.folded ? { ...f, folded: true } : f,
  ),
  ...batch,
];

/**
 * The fold's button: what unfolding shows, and, once unfolded, that it folds again. Shown
 * folded or unfolded (not only folded): a person who opened the rows by keyboard keeps the
 * focus where it was, instead of losing it to the page when the button went away.
 */
export const foldLabel = (folded: boolean, rows: number, warnings: number): string =>
  !folded
    ? '收起本通知的记录和提示'
    : rows > 0
      ? `展开本通知的 ${rows} 条记录和提示`
      : `展开本通知的 ${warnings} 条提示`;
