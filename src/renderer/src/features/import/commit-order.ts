/**
 * The order a session's files commit in, and what each file's preview must see first. A
 * news item or progress report chosen with the confirmation it talks about names records the
 * confirmation creates: committed first, the confirmation's records are there for it to join,
 * and its preview is analysed with those files written first (rolled back), so the preview
 * says 关联已有 where the commit will, not 新建. Within each group the session's order holds.
 */
import type { ImportFilePayload } from '../../../../shared/contract';
import { LATER_ROLES } from '../../../../shared/notice-roles';
import { addedOf, editsOf, joinsOf, type SessionFile } from './import-session';

type Ordered = Pick<SessionFile, 'key' | 'stage' | 'notice'>;

const later = (f: Ordered): boolean => !!f.notice?.role && LATER_ROLES.has(f.notice.role);

/** Confirmations and other first-hand notices before the notices that talk about them. */
export function commitOrder<F extends Ordered>(files: readonly F[]): F[] {
  return [...files.filter((f) => !later(f)), ...files.filter(later)];
}

/** A file as the import call takes it, with the corrections made in its preview. */
export function importPayload(f: SessionFile): ImportFilePayload {
  return {
    name: f.name,
    dataBase64: f.dataBase64!,
    edits: editsOf(f),
    exclude: [...f.exclude],
    joins: joinsOf(f),
    added: addedOf(f),
  };
}

/**
 * The session's files awaiting commit that commit before this one, for its preview: only a
 * later-role notice needs them (a confirmation's preview is the same without the others).
 */
export function beforeOf(files: readonly SessionFile[], file: SessionFile): SessionFile[] {
  if (!later(file)) return [];
  return commitOrder(files.filter((f) => f.stage === 'preview' && f.dataBase64)).filter(
    (f) => f.key !== file.key && !later(f),
  );
}
