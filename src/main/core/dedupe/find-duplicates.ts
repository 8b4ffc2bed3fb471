/**
 * The duplicate finder, pure over an array of records (no database): blocking, scoring,
 * grouping. The import hook, the review queue, the CLI and the benchmark all call this.
 */
import { forEachCandidate } from './candidates';
import { clusterPairs } from './cluster';
import { buildFeatures, type FeatureIndex } from './feature-index';
import { identityRegions, type RegionMapper } from './region';
import { scorePair } from './score';
import {
  DEFAULT_THRESHOLDS,
  type DedupeRecord,
  type DuplicateGroup,
  type RelatedPair,
  type ScoredPair,
  type Thresholds,
} from './types';

export interface FindOptions {
  thresholds?: Thresholds;
  /** historical → current codes (the gazetteer); identity when not given */
  regions?: RegionMapper;
  /** features kept from the last call on an earlier state of the same records (built with `regions`) */
  index?: FeatureIndex;
  /** only pairs touching these record ids (an import checks its new records) */
  focusIds?: ReadonlySet<number>;
  /** pairs a person decided are not duplicates: never proposed again */
  isRejected?: (a: number, b: number) => boolean;
  maxBlock?: number;
  topK?: number;
  /** county blocks above this size are sub-blocked (candidates.ts) */
  subBlock?: number;
}

export interface FindResult {
  /** duplicate pairs at or above the review threshold */
  pairs: ScoredPair[];
  groups: DuplicateGroup[];
  related: RelatedPair[];
  /** `blocks` is counted when read */
  stats: { records: number; candidates: number; readonly blocks: number; ms: number };
}

export function findDuplicateCandidates(
  records: readonly DedupeRecord[],
  opts: FindOptions = {},
): FindResult {
  const t0 = performance.now();
  const t = opts.thresholds ?? DEFAULT_THRESHOLDS;
  const fs = opts.index
    ? opts.index.features(records)
    : buildFeatures(records, opts.regions ?? identityRegions);
  let focus: Set<number> | undefined;
  if (opts.focusIds) {
    focus = new Set();
    records.forEach((r, i) => opts.focusIds!.has(r.id) && focus!.add(i));
  }
  const pairs: ScoredPair[] = [];
  const related: RelatedPair[] = [];
  const visit = (i: number, j: number) => {
    const v = scorePair(fs[i]!, fs[j]!, t);
    if (v.duplicate && !opts.isRejected?.(v.duplicate.a, v.duplicate.b)) pairs.push(v.duplicate);
    if (v.related) related.push(v.related);
  };
  const stats = forEachCandidate(fs, visit, {
    focus,
    postings: opts.index?.postings,
    maxBlock: opts.maxBlock,
    topK: opts.topK,
    subBlock: opts.subBlock,
  });
  related.sort((x, y) => x.a - y.a || x.b - y.b);
  return {
    pairs,
    groups: clusterPairs(pairs),
    related,
    stats: {
      records: records.length,
      candidates: stats.pairs,
      get blocks() {
        return stats.blocks;
      },
      ms: performance.now() - t0,
    },
  };
}

/** Groups that may merge without a person: every pair above the high threshold, places agreeing. */
export function autoMergeGroups(
  result: FindResult,
  t: Thresholds = DEFAULT_THRESHOLDS,
): DuplicateGroup[] {
  return clusterPairs(result.pairs, (p) => p.score >= t.high && p.autoEligible);
}
