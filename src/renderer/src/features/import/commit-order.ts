/**
 * The order a session's files commit in, and what each file's preview must see first. A
 * news item or progress report chosen with the confirmation it talks about names records the
 * confirmation creates: committed first, the confirmation's records are there for it to join,
 * and its preview is analysed with those files written first (rolled back), so the preview
 * says 关联已有 where the commit will, not 新建. Within each group the session's order holds.
 */
import { LATER_ROLES, type NoticeRole } from '../../../../shared/notice-roles';

/** What the order needs of a session file (no React, no session helpers: tests read it). */
interface Ordered {
  key: string;
  stage: string;
  notice: { role: NoticeRole | null } | null;
}

const later = (f: Ordered): boolean => !!f.notice?.role && LATER_ROLES.has(f.notice.role);

/** Confirmations and other first-hand notices before the notices that talk about them. */
export function commitOrder<F extends Ordered>(files: readonly F[]): F[] {
  return [...files.filter((f) => !later(f)), ...files.filter(later)];
}

/**
 * The session's files awaiting commit that commit before this one, for its preview: only a
 * later-role notice needs them (a confirmation's preview is the same without the others).
 */
export function beforeOf<F extends Ordered & { dataBase64: string | null }>(
  files: readonly F[],
  file: F,
): F[] {
  if (!later(file)) return [];
  return commitOrder(files.filter((f) => f.stage === 'preview' && f.dataBase64)).filter(
    (f) => f.key !== file.key && !later(f),
  );
}
