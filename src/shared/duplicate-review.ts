/**
 * Duplicates and merges (issue #7) as the review screen shows them: the finder's thresholds,
 * groups proposed for merging with each field's candidate values, related pairs and merges
 * still in effect.
 */
import type { LedgerRecord } from './domain';

/** Thresholds of the duplicate finder, kept in the ledger's settings. */
export interface DedupeSettings {
  /** merge matches at or above `high` during import without asking */
  autoMerge: boolean;
  high: number;
  /** at or above: proposed in the review queue */
  low: number;
}

/** One candidate value of a field group in a merge, with the notice file it came from. */
export interface MergeFieldOption {
  recordId: number;
  value: string | null;
  source: string | null;
}

export interface MergeField {
  group: string;
  label: string;
  options: MergeFieldOption[];
  /** the record whose value survives by default */
  chosen: number;
}

export interface DuplicateReviewGroup {
  recordIds: number[];
  score: number;
  reasons: string[];
  /** would merge without asking at import (every pair above the high threshold) */
  auto: boolean;
  survivorId: number;
  records: LedgerRecord[];
  fields: MergeField[];
}

export interface RelatedView {
  a: number;
  b: number;
  relation: string;
  score: number;
  reasons: string[];
  records: LedgerRecord[];
}

export interface MergedView {
  opId: number;
  at: string;
  actor: string;
  summary: string;
  survivor: LedgerRecord | null;
  merged: LedgerRecord[];
}

export interface DuplicateReview {
  groups: DuplicateReviewGroup[];
  related: RelatedView[];
  merged: MergedView[];
  settings: DedupeSettings;
}
