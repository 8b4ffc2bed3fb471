/**
 * Duplicate detection and merge choices for records (issue #7). Pure over arrays; the
 * ledger side lives in db/queries/{duplicates,merge,links}.ts.
 */
export {
  findDuplicateCandidates,
  autoMergeGroups,
  type FindOptions,
  type FindResult,
} from './find-duplicates';
export { gazetteerRegions } from './gazetteer-regions';
export { identityRegions, type RegionMapper } from './region';
export { titleKey, textKey } from './normalize';
export {
  chooseSources,
  FIELD_GROUPS,
  FIELD_GROUP_LABELS,
  FIELD_GROUP_NAMES,
  type FieldChoices,
  type FieldGroup,
  type MergeCandidate,
} from './survivor';
export * from './types';
