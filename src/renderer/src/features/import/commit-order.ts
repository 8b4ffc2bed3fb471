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

/** What a preview row says of the record it is: what identity compares (identity.ts). */
export interface UnitRow {
  kind: string;
  programme: string | null;
  unitCode?: string | null;
  regionCode: string | null;
}

const squeeze = (s: string | null) => (s ?? '').replace(/[\s\u3000]/g, '').normalize('NFKC');

/**
 * The records a file's rows could join, keyed as identity finds a record the same: its kind,
 * its unit by code and, but for a case (which may join on the year), its programme. A shared
 * code alone is not enough: lists of one province share its code and its counties' (a row
 * placed only at the province, two lists of different programmes naming one county), and each
 * such file was analysed again with every earlier one written first, for nothing.
 */
const unitsOf = (f: { records?: readonly UnitRow[] }) =>
  (f.records ?? []).flatMap((r) => {
    const unit = r.unitCode ?? r.regionCode;
    if (!unit) return [];
    return [`${r.kind}|${r.kind === 'case' ? '' : squeeze(r.programme)}|${unit}`];
  });

/**
 * The session's files awaiting commit that commit before this one, for its preview. A
 * later-role notice needs every confirmation ahead of it. A confirmation needs those ahead of it
 * in the session that name a record it names (the same list as Word and as text, a list
 * published again): committed first, their records are there for it to join, and its preview
 * must say 关联已有 as the commit will, not 新建. One naming no record another names (by kind,
 * programme and unit) is the same without them, so it is not analysed again.
 */
export function beforeOf<
  F extends Ordered & {
    dataBase64: string | null;
    records?: readonly UnitRow[];
  },
>(files: readonly F[], file: F): F[] {
  const ready = files.filter((f) => f.stage === 'preview' && f.dataBase64);
  if (later(file)) return commitOrder(ready).filter((f) => f.key !== file.key && !later(f));
  const at = ready.findIndex((f) => f.key === file.key);
  if (at < 0) return [];
  const units = new Set(unitsOf(file));
  if (units.size === 0) return [];
  return ready.slice(0, at).filter((f) => !later(f) && unitsOf(f).some((u) => units.has(u)));
}
