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
  ...session.map((f) => (f.stage === 'committed' && !f.folded ? { ...f, folded: true } : f)),
  ...batch,
];
