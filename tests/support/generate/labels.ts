/**
 * The last steps of generation: shuffle (notices do not list a record next to its
 * duplicate) and derive the labelled pairs from entities and origins.
 */
import type { Rng } from './prng';
import type { RegionPool } from './regions';
import type {
  Draft,
  GeneratedLedger,
  GeneratedRecord,
  LabelledPair,
  NonDuplicateHow,
  Pair,
} from './ledger';

/** Related = not a duplicate, but worth a link (schema record_links.relation). */
const RELATED: ReadonlySet<NonDuplicateHow> = new Set([
  'same-place-other-programme',
  'parent-child',
]);

export function shuffle(r: Rng, drafts: Draft[]): Draft[] {
  // Notices do not list a record next to its duplicate: no test may lean on adjacency.
  const order = drafts.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(r.next() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const newIndex = new Array<number>(drafts.length);
  order.forEach((old, i) => (newIndex[old] = i));
  return order.map((old) => {
    const d = drafts[old]!;
    return d.origin ? { ...d, origin: { how: d.origin.how, of: newIndex[d.origin.of]! } } : d;
  });
}

export function finish(
  seed: number,
  source: RegionPool['source'],
  drafts: Draft[],
): GeneratedLedger {
  const records: GeneratedRecord[] = drafts.map(({ county_: _c, ...rest }) => rest);
  const labels: LabelledPair[] = [];
  const byEntity = new Map<number, number[]>();
  records.forEach((r, i) => byEntity.set(r.entity, [...(byEntity.get(r.entity) ?? []), i]));
  for (const members of byEntity.values()) {
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) {
        const [a, b] = ordered(members[x]!, members[y]!);
        const derived =
          records[b]!.origin?.of === a
            ? records[b]!.origin
            : records[a]!.origin?.of === b
              ? records[a]!.origin
              : null;
        labels.push({
          a,
          b,
          relation: 'duplicate',
          related: false,
          how: derived?.how ?? 'same-entity',
        });
      }
    }
  }
  records.forEach((r, i) => {
    if (!r.origin || records[r.origin.of]!.entity === r.entity) return;
    const [a, b] = ordered(i, r.origin.of);
    const how = r.origin.how as NonDuplicateHow;
    labels.push({ a, b, relation: 'not-duplicate', related: RELATED.has(how), how });
  });
  labels.sort((p, q) => p.a - q.a || p.b - q.b);
  const pairs = (f: (l: LabelledPair) => boolean): Pair[] =>
    labels.filter(f).map((l) => [l.a, l.b]);
  return {
    seed,
    regionSource: source,
    records,
    duplicatePairs: pairs((l) => l.relation === 'duplicate'),
    notDuplicatePairs: pairs((l) => l.relation === 'not-duplicate'),
    relatedPairs: pairs((l) => l.related),
    labels,
  };
}

const ordered = (x: number, y: number): Pair => (x < y ? [x, y] : [y, x]);
