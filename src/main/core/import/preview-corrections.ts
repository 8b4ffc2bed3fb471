/**
 * Applies what the user corrected in the import preview to the extraction, before regions
 * are resolved and anything is stored: edited fields replace the extracted ones (a changed
 * region is resolved afresh), excluded items are left out. Indexes refer to the extraction
 * order, which is deterministic for the same bytes. Rows the reviewer added by hand follow
 * the extracted ones; their span is empty (they have no sentence in the notice).
 */
import type { AddedRecord, RecordEdit } from '../../../shared/contract';
import { AppError } from '../../../shared/app-error';
import type { ExtractedNotice, ExtractedRecord } from './extract/types';

export function applyCorrections(
  ex: ExtractedNotice,
  edits: readonly RecordEdit[],
  exclude: readonly number[],
  added: readonly AddedRecord[] = [],
): ExtractedNotice {
  if (edits.length === 0 && exclude.length === 0 && added.length === 0) return ex;
  const outOfRange = [...edits.map((e) => e.index), ...exclude].find((i) => i >= ex.records.length);
  if (outOfRange !== undefined) {
    throw new AppError(
      'bad_edit',
      `预览中的更正指向第 ${outOfRange + 1} 条记录，但该通知只提取出 ${ex.records.length} 条。`,
    );
  }
  const byIndex = new Map(edits.map((e) => [e.index, e]));
  const excluded = new Set(exclude);
  const records: ExtractedRecord[] = [];
  ex.records.forEach((r, i) => {
    if (excluded.has(i)) return;
    const e = byIndex.get(i);
    if (!e) return void records.push(r);
    records.push({
      ...r,
      kind: e.kind ?? r.kind,
      seq: e.seq === undefined ? r.seq : e.seq,
      regionText: e.regionText === undefined ? r.regionText : e.regionText.trim() || null,
      title: e.title ?? r.title,
    });
  });
  for (const a of added) records.push(byHand(a, ex));
  return { ...ex, records };
}

/**
 * A reviewer's row as an extracted item: values as typed, the notice's programme, year and
 * batch where left blank (as for its other items), and an empty span (no source sentence).
 */
function byHand(a: AddedRecord, ex: ExtractedNotice): ExtractedRecord {
  const m = ex.metadata;
  const batch = a.batch?.trim() || m.batch;
  return {
    kind: a.kind,
    seq: a.seq ?? null,
    regionText: a.regionText?.trim() || null,
    title: a.title.trim(),
    ...(a.unit?.trim() ? { unit: a.unit.trim() } : {}),
    programme: a.programme?.trim() || m.programme,
    year: a.year ?? m.year,
    ...(batch ? { batch } : {}),
    span: { start: 0, end: 0 },
    addedByHand: true,
  };
}
