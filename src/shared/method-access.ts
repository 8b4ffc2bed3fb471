/**
 * What each backend method does to the ledger: `read` leaves it as it is (writing a file
 * elsewhere, such as an export or a backup, is still a read of the ledger); `write`
 * changes it through one operation that undo takes back; `history` steps along the log
 * (undo, redo). Every method must be marked (the type says so), and a test calls every
 * `write` method, undoes and redoes it, and checks the ledger each time.
 */
import type { MethodName } from './api-methods';

export type MethodAccess = 'read' | 'write' | 'history';

export const METHOD_ACCESS = {
  'app/info': 'read',
  'ledger/counts': 'read',
  'notices/list': 'read',
  'records/list': 'read',
  'records/page': 'read',
  'regions/resolve': 'read',
  'regions/suggest': 'read',
  'import/files': 'write',
  'duplicates/list': 'read',
  'records/merge': 'write',
  'duplicates/review': 'read',
  'duplicates/accept': 'write',
  'duplicates/decide': 'write',
  'duplicates/settings': 'write',
  'records/unmerge': 'write',
  'records/compare': 'read',
  'records/link': 'write',
  'records/unlink': 'write',
  'records/splitMention': 'write',
  'notices/checkWarning': 'write',
  'records/clusters': 'read',
  'history/undo': 'history',
  'history/redo': 'history',
  'records/history': 'read',
  'history/peek': 'read',
  'history/list': 'read',
  'history/undoTo': 'history',
  'notices/update': 'write',
  'deadlines/list': 'read',
  'deadlines/counts': 'read',
  'deadlines/glance': 'read',
  'deadlines/ics': 'read',
  'deadlines/page': 'read',
  'deadlines/month': 'read',
  'deadlines/zones': 'read',
  'milestones/update': 'write',
  'milestones/extend': 'write',
  'milestones/bulk': 'write',
  'rules/list': 'read',
  'rules/update': 'write',
  'export/create': 'read',
  'export/preview': 'read',
  'records/facets': 'read',
  'records/edit': 'write',
  'records/create': 'write',
  'records/delete': 'write',
  'records/panel': 'read',
  'notices/overview': 'read',
  'notices/detail': 'read',
  'home/summary': 'read',
  'views/get': 'read',
  'views/saveLayout': 'write',
  'views/save': 'write',
  'views/delete': 'write',
  'backups/list': 'read',
  'backups/create': 'read',
  'backups/preview': 'read',
  'backups/restore': 'write',
  'ledger/export': 'read',
  'ledger/import': 'write',
} as const satisfies Record<MethodName, MethodAccess>;

export const methodsOfAccess = (access: MethodAccess): MethodName[] =>
  (Object.keys(METHOD_ACCESS) as MethodName[]).filter((m) => METHOD_ACCESS[m] === access);
