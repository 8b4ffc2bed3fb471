/**
 * A live record: not merged into another, not deleted. Every list, count, facet, export
 * and duplicate check reads only these; said once so they cannot drift apart. (The grid's
 * partial indexes in migration 0003 repeat it on purpose: a migration is frozen history.)
 */
export const liveRecord = (alias = 'r') =>
  `${alias}.merged_into IS NULL AND ${alias}.deleted_at IS NULL`;

export const LIVE = liveRecord('r');
