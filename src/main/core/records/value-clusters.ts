/**
 * OpenRefine's key collision for a column's values: values whose normalised text is the
 * same (width folded, punctuation, spaces and case dropped) fall in one cluster. Pure:
 * values and their record ids in, clusters of two or more distinct values out.
 */
import type { ValueCluster } from '../../../shared/value-clusters';

export interface ValueCount {
  value: string;
  ids: number[];
}

export type { ValueCluster };

/** The collision key: NFKC, lower case, no punctuation, symbols or spaces. */
export const clusterKey = (s: string): string =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}\s]/gu, '');

export function clusterValues(values: readonly ValueCount[]): ValueCluster[] {
  const byKey = new Map<string, ValueCount[]>();
  for (const v of values) {
    const key = clusterKey(v.value);
    if (!key) continue;
    byKey.set(key, [...(byKey.get(key) ?? []), v]);
  }
  const out: ValueCluster[] = [];
  for (const [key, list] of byKey) {
    if (list.length < 2) continue;
    const sorted = [...list].sort(
      (a, b) => b.ids.length - a.ids.length || b.value.length - a.value.length,
    );
    out.push({
      key,
      values: sorted.map((v) => ({ value: v.value, count: v.ids.length, ids: v.ids })),
      suggested: sorted[0]!.value,
    });
  }
  return out.sort((a, b) => b.values.length - a.values.length || a.key.localeCompare(b.key));
}
