/**
 * Shapes of the duplicate finder. It works on plain arrays (no database), so the same code
 * serves the import hook, the review queue, the CLI and the benchmark.
 */

/** What the finder needs to know about one record. */
export interface DedupeRecord {
  id: number;
  kind: string;
  programme: string | null;
  year: number | null;
  batch: string | null;
  /** 6-digit GB/T 2260 code (county, or city/province when the unit is that large) */
  regionCode: string | null;
  /** most specific code: 9-digit township, 12-digit community, or the region code */
  unitCode: string | null;
  town: string | null;
  title: string | null;
  /**
   * The unit as written: its unit, else its place as written (上海市杨浦区曙宏新村). A unit the
   * gazetteer cannot place below its county keeps the county's code; only these words tell it
   * from the county's own record.
   */
  written?: string | null;
  /** the notice flagged this title as cut short (warning truncated_item) */
  truncated?: boolean;
}

/** How two records' places relate, after mapping historical codes to today's. */
export type RegionRelation =
  'same_town' | 'same_county' | 'same_city' | 'parent_child' | 'conflict' | 'unknown';

export type LinkRelation = 'same_place_other_programme' | 'renamed' | 'parent_child';

export interface ScoredPair {
  /** record ids, a < b */
  a: number;
  b: number;
  /** 0–1: how likely the two are one real thing */
  score: number;
  /** Chinese, for the review screen and the CLI */
  reasons: string[];
  /** may merge without a person: region known and agreeing, context not conflicting */
  autoEligible: boolean;
}

export interface RelatedPair {
  a: number;
  b: number;
  relation: LinkRelation;
  score: number;
  reasons: string[];
}

export interface DuplicateGroup {
  recordIds: number[];
  /** the weakest pair in the group: every pair clears it */
  score: number;
  reasons: string[];
  autoEligible: boolean;
}

export interface Thresholds {
  /** at or above: merged at import without asking (when autoMerge is on) */
  high: number;
  /** at or above: proposed in the review queue */
  low: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = { high: 0.92, low: 0.65 };

/**
 * Theme overlap a same-place pair needs before it is worth a related link: on its own, or
 * when the two titles share a word that is rare in the ledger. Tuned on the seeds (禅城区,
 * 金牛区) and the synthetic ledgers, whose formulaic titles share common words only.
 */
export const RELATED_MIN_TITLE = { alone: 0.5, rareWord: 0.15 };
