/**
 * The names of every backend method, and nothing else.
 * Kept apart from the zod schemas so the sandboxed preload can build `window.api`
 * from names alone (a small bundle, no validation library in the preload).
 */
export const API_METHODS = [
  'app/info',
  'ledger/counts',
  'notices/list',
  'records/list',
  'records/page',
  'regions/resolve',
  'regions/suggest',
  'import/files',
  'duplicates/list',
  'records/merge',
  // Duplicates review, merge and unmerge (issue #7).
  'duplicates/review',
  'duplicates/accept',
  'duplicates/decide',
  'duplicates/settings',
  'records/unmerge',
  // Merge and link by hand from the grid (issue #17).
  'records/compare',
  'records/link',
  'records/unlink',
  'records/splitMention',
  'notices/checkWarning',
  'records/clusters',
  'history/undo',
  'history/redo',
  'records/history',
  // The operation log as people use it (issue #14): what the next step does, the list, undo to a point.
  'history/peek',
  'history/list',
  'history/undoTo',
  'notices/update',
  'deadlines/list',
  'deadlines/counts',
  'deadlines/glance',
  'deadlines/ics',
  // 期限 a page at a time: a section's rows, a month, the timeline's records.
  'deadlines/page',
  'deadlines/month',
  'deadlines/zones',
  'milestones/update',
  'milestones/extend',
  'milestones/bulk',
  'rules/list',
  'rules/update',
  'export/create',
  'export/preview',
  // Curation grids, record panel, notices view, home page (issue #6).
  'records/facets',
  'records/edit',
  'records/create',
  'records/delete',
  'records/panel',
  'notices/overview',
  'notices/detail',
  'home/summary',
  'views/get',
  'views/saveLayout',
  'views/save',
  'views/delete',
  'backups/list',
  'backups/create',
  'backups/preview',
  'backups/restore',
  'ledger/export',
  'ledger/import',
] as const;

export type MethodName = (typeof API_METHODS)[number];

export const isMethodName = (name: unknown): name is MethodName =>
  typeof name === 'string' && (API_METHODS as readonly string[]).includes(name);
