/**
 * Which later notices' previews (news, progress reports) must be analysed again with the
 * session's confirmations written first, and what to say where that cannot be done. A preview
 * is what the commit will store: when a file is added, its confirmations join the preview;
 * when a confirmation is removed, the records it would have created are no longer there to
 * join, so every preview that had it written first is analysed again (without it). Pure.
 */
import { MAX_PREVIEW_BEFORE_FILES } from '../../../../shared/import-limits';
import { beforeOf, type UnitRow } from './commit-order';
import type { NoticeRole } from '../../../../shared/notice-roles';

/** What the redo needs of a session file (import-session.ts's SessionFile has it). */
interface PreviewFile {
  key: string;
  stage: string;
  dataBase64: string | null;
  notice: { role: NoticeRole | null } | null;
  records?: readonly UnitRow[];
}

export interface JoinedRedo<F extends PreviewFile> {
  file: F;
  /** The confirmations to write first (none: analysed alone again). */
  first: F[];
}

/** Previews that need the session's confirmations after `changed` files were analysed. */
export function redoAfterAnalysis<F extends PreviewFile>(
  session: readonly F[],
  changed: ReadonlySet<string>,
): JoinedRedo<F>[] {
  return session.flatMap((f) => {
    const first = beforeOf(session, f);
    // Only where this batch brought the file itself or a confirmation before it.
    if (f.stage !== 'preview' || !f.dataBase64 || first.length === 0) return [];
    if (!changed.has(f.key) && !first.some((b) => changed.has(b.key))) return [];
    return [{ file: f, first }];
  });
}

/**
 * Previews that had `removed` written first, to analyse again without it: the session after
 * the removal decides what is still written first (possibly nothing).
 */
export function redoAfterRemoval<F extends PreviewFile>(
  before: readonly F[],
  removed: F,
): JoinedRedo<F>[] {
  const after = before.filter((f) => f.key !== removed.key);
  return after.flatMap((f) => {
    if (f.stage !== 'preview' || !f.dataBase64) return [];
    if (!beforeOf(before, f).some((b) => b.key === removed.key)) return [];
    return [{ file: f, first: beforeOf(after, f) }];
  });
}

/**
 * The line a preview shows when the confirmations could not be written first: too many for
 * one preview, or the analysis failed. Its items' 新建 may become 关联已有 at the commit.
 */
export function joinedNoteFor(count: number, failure?: string): string | null {
  if (failure)
    return `这份通知未能按同批 ${count} 份确认类通知先导入的情形重新分析（${failure}），下表按台账现状显示：标为「新建」的条目在确认导入时可能改为关联这些通知的记录。`;
  if (count > MAX_PREVIEW_BEFORE_FILES)
    return `同批待导入的确认类通知有 ${count} 份，超过预览一次能先写入的 ${MAX_PREVIEW_BEFORE_FILES} 份，这份通知的预览未计入它们：标为「新建」的条目在确认导入时（确认类通知先导入）可能改为关联这些通知的记录。可分批导入：先导入确认类通知，再导入新闻和报道。`;
  return null;
}
