/**
 * A key function with its answers kept across calls: every import's duplicate check builds
 * features for the records near its own, mostly the same records as the import before, and the
 * join by title keys the same case titles again; normalising them afresh was a fifth of the
 * work. Bounded: cleared when full (a 100k-record ledger holds ~30k titles).
 */
const KEPT_ANSWERS = 100_000;

export function keptAcrossCalls<T>(key: (s: string) => T): (s: string) => T {
  const kept = new Map<string, T>();
  return (s) => {
    let k = kept.get(s);
    if (k === undefined) {
      if (kept.size >= KEPT_ANSWERS) kept.clear();
      kept.set(s, (k = key(s)));
    }
    return k;
  };
}
