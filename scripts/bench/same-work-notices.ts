/**
 * Notices that ask the same work of every ledger the scaling rows compare. Items drawn from
 * the gazetteer at random join the records a ledger already holds in proportion to its
 * size (a third of them at 100k, one in thirty at 1k), so a bigger ledger was also given
 * more to do: more mentions, events and weighed fields. Here each notice names a fixed
 * share of records every ledger of the run holds (the smallest ledger's, which the bigger
 * ones contain: the generator makes the same records first for the same seed), and the
 * rest are units of the notice's programme that not even the biggest ledger holds.
 */
import type { GeneratedRecord } from '../../tests/support/generate';
import { makeNoticeMeta, NOTICE_LAYOUTS, renderNotice } from '../../tests/support/generate';
import type { Rng } from '../../tests/support/generate';

export interface SameWorkNotice {
  text: string;
  /** how many of its items are records every ledger holds */
  held: number;
}

/** The programme a notice lists, as its title tells it (a zone's batch included). */
const programmeOf = (r: GeneratedRecord) => `${r.kind}|${r.programme}|${r.batch ?? ''}`;

/**
 * The unit a record is under its programme, as identity compares it: a case by its year
 * too (a case joins one of the same year under another programme's name).
 */
const unitOf = (r: GeneratedRecord) =>
  `${r.kind}|${r.kind === 'case' ? r.year : r.programme}|${r.unitCode}`;

export function sameWorkNotices(opts: {
  count: number;
  perNotice: number;
  /** items a notice takes from the held records; the rest are fresh units */
  heldPerNotice: number;
  /** records every ledger holds (the smallest ledger's) */
  held: readonly GeneratedRecord[];
  /** records of the biggest ledger: no fresh item is a unit of these */
  biggest: readonly GeneratedRecord[];
  /** where fresh items come from (another seed's records) */
  fresh: readonly GeneratedRecord[];
  rng: Rng;
}): SameWorkNotice[] {
  const taken = new Set(opts.biggest.map(unitOf));
  const heldBy = groupBy(opts.held, programmeOf);
  const freshBy = groupBy(
    opts.fresh.filter((r) => {
      // each fresh unit once in the run, so no notice joins another's fresh item either
      if (taken.has(unitOf(r))) return false;
      taken.add(unitOf(r));
      return true;
    }),
    programmeOf,
  );
  const fresh = opts.perNotice - opts.heldPerNotice;
  const enough = (p: string) =>
    heldBy.get(p)!.length >= opts.heldPerNotice && (freshBy.get(p)?.length ?? 0) >= fresh;
  const out: SameWorkNotice[] = [];
  while (out.length < opts.count) {
    // the programmes with enough of both left, in a fixed order, taken in turn
    const programmes = [...heldBy.keys()].filter(enough).sort();
    if (programmes.length === 0) throw new Error('same-work notices: no programme has enough');
    const p = programmes[out.length % programmes.length]!;
    const a = heldBy.get(p)!.splice(0, opts.heldPerNotice);
    const b = freshBy.get(p)!.splice(0, fresh);
    const notice = renderNotice(
      interleave(a, b),
      makeNoticeMeta(opts.rng, a[0]!),
      NOTICE_LAYOUTS[out.length % NOTICE_LAYOUTS.length]!,
    );
    out.push({ text: notice.text, held: a.length });
  }
  return out;
}

function groupBy<T>(xs: readonly T[], key: (x: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const x of xs) {
    const k = key(x);
    let g = out.get(k);
    if (!g) out.set(k, (g = []));
    g.push(x);
  }
  return out;
}

/** The held items spread through the list (as a later notice's rows are), not in a block. */
function interleave<T>(a: readonly T[], b: readonly T[]): T[] {
  const out: T[] = [];
  const step = (a.length + b.length) / Math.max(a.length, 1);
  let ai = 0;
  let bi = 0;
  for (let i = 0; i < a.length + b.length; i++) {
    const wantA = ai < a.length && (bi >= b.length || i >= ai * step);
    out.push(wantA ? a[ai++]! : b[bi++]!);
  }
  return out;
}
