/**
 * The import preview's length limits, checked on the page before a row is sent, in the
 * characters the clerk counts (text-limit.ts) and with the contract's numbers: a text past
 * its limit is said under its field and holds the commit back, where it used to go out and
 * come back as the contract's refusal of the whole file.
 */
import type { RecordEdit } from '../../../../shared/contract';
import { PREVIEW_TEXT_MAX } from '../../../../shared/contract-import';
import { charLimitProblem } from '../../../../shared/text-limit';
import { titleLengthProblem } from '../../../../shared/title-limit';

/** A hand-added row's texts, as typed (import-session.ts's AddedRow). */
type AddedTexts = Record<'title' | 'regionText' | 'unit' | 'programme' | 'batch', string>;

const LABEL = { regionText: '地区', unit: '单位', programme: '项目', batch: '批次' } as const;

/** The first of a hand-added row's texts past its limit, said with its count; null if none. */
export function addedRowLengthProblem(r: AddedTexts): string | null {
  const title = titleLengthProblem(r.title.trim());
  if (title) return title;
  for (const k of ['regionText', 'unit', 'programme', 'batch'] as const) {
    const problem = charLimitProblem(LABEL[k], r[k].trim(), PREVIEW_TEXT_MAX[k]);
    if (problem) return problem;
  }
  return null;
}

/**
 * A correction's text past its limit. `held` is the title the importer read: a long title it
 * kept whole and the clerk left alone is not refused for a length nobody typed.
 */
export function editLengthProblem(
  e: RecordEdit | undefined,
  held: string | null,
): { title: string | null; regionText: string | null } {
  return {
    title: e?.title === undefined ? null : titleLengthProblem(e.title, held),
    regionText:
      e?.regionText === undefined
        ? null
        : charLimitProblem(LABEL.regionText, e.regionText, PREVIEW_TEXT_MAX.regionText),
  };
}

/** Whether a file's corrections hold a text past its limit (its commit waits until fixed). */
export function editsTooLong(f: {
  records: readonly { title: string | null }[];
  edits: Readonly<Record<number, RecordEdit>>;
  slots: readonly number[];
}): boolean {
  return f.records.some((r, row) => {
    const p = editLengthProblem(f.edits[f.slots[row] ?? row], r.title);
    return p.title !== null || p.regionText !== null;
  });
}
