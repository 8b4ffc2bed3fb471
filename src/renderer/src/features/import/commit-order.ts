/**
 * The order a session's files commit in, and what each file's preview must see first. A
 * news item or progress report chosen with the confirmation it talks about names records the
 * confirmation creates: committed first, the confirmation's records are there for it to join,
 * and its preview is analysed with those files written first (rolled back), so the preview
 * says 关联已有 where the commit will, not 新建; so is a confirmation naming units an earlier
 * confirmation of the session names. Within each group the session's order holds.
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

/** The places a file's records are coded to (what two lists naming the same unit share). */
const codesOf = (f: { records?: readonly { regionCode: string | null }[] }) =>
  (f.records ?? []).flatMap((r) => (r.regionCode ? [r.regionCode] : []));

/**
 * The session's files awaiting commit that commit before this one, for its preview. A
 * later-role notice needs every confirmation ahead of it. A confirmation needs those ahead of it
 * in the session that name a unit it names (the same list as Word and as text, a list
 * published again): committed first, their records are there for it to join, and its preview
 * must say 关联已有 as the commit will, not 新建. One naming no unit another names is the same
 * without them, so it is not analysed again.
 */
export function beforeOf<
  F extends Ordered & {
    dataBase64: string | null;
    records?: readonly { regionCode: string | null }[];
  },
>(files: readonly F[], file: F): F[] {
  const ready = files.filter((f) => f.stage === 'preview' && f.dataBase64);
  if (later(file)) return commitOrder(ready).filter((f) => f.key !== file.key && !later(f));
  const at = ready.findIndex((f) => f.key === file.key);
  if (at < 0) return [];
  const codes = new Set(codesOf(file));
  if (codes.size === 0) return [];
  return ready.slice(0, at).filter((f) => !later(f) && codesOf(f).some((c) => codes.has(c)));
}
