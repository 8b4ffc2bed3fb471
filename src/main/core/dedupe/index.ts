/**
 * Duplicate detection and merge choices for records (issue #7). Pure over arrays; the
 * ledger side lives in db/queries/{duplicates,merge,links}.ts.
 */
export { findDuplicateCandidates, autoMergeGroups } from './find-duplicates';
export { gazetteerRegions } from './gazetteer-regions';
export { chooseSources } from './survivor';
export * from './types';
