/**
 * A file's warnings in the import preview. A warning about some items (an unresolved place,
 * masked text, a cut-off title) says where they are: 定位 scrolls to their rows, marks them
 * and puts the cursor in the field to correct. Without it a warning on a list of forty
 * places without 序号 leaves staff searching the table by eye, and the fix is often not made.
 */
import type { NoticeWarning } from '../../../../shared/domain';
import { warningSeq } from '../../../../shared/notice-warnings';

interface Row {
  seq: number | null;
  regionText: string | null;
}

/** The items a warning names: 序号 and place side by side where it gives both. */
function namedItems(w: NoticeWarning): { seq: number | null; place: string | null }[] {
  if ('seqs' in w && w.seqs) {
    const places = 'regionTexts' in w ? (w.regionTexts ?? []) : [];
    return w.seqs.map((seq, i) => ({ seq, place: places[i] ?? null }));
  }
  const seq = warningSeq(w) ?? null;
  const place = 'regionText' in w ? (w.regionText ?? null) : null;
  return seq === null && place === null ? [] : [{ seq, place }];
}

/** The preview rows (positions) a warning is about; none for a warning about the whole notice. */
export function rowsOfWarning(w: NoticeWarning, rows: readonly Row[]): number[] {
  const items = namedItems(w).filter((it) => it.seq !== null || it.place !== null);
  if (items.length === 0) return [];
  const out: number[] = [];
  rows.forEach((r, at) => {
    const hit = items.some(
      (it) =>
        (it.seq === null || it.seq === r.seq) && (it.place === null || it.place === r.regionText),
    );
    if (hit) out.push(at);
  });
  return out;
}

/** Which field of a located row takes the cursor: the place for a place's warning. */
export const fieldOfWarning = (w: NoticeWarning): 'region' | 'title' =>
  w.code === 'region_unresolved' ||
  w.code === 'nonstandard_region' ||
  w.code === 'region_inconsistent'
    ? 'region'
    : 'title';

export function PreviewWarnings(props: {
  warnings: readonly NoticeWarning[];
  rows: readonly Row[];
  onLocate: (rows: number[], field: 'region' | 'title') => void;
}) {
  return (
    <ul className="warning-list" aria-label="提示">
      {props.warnings.map((w, i) => {
        const rows = rowsOfWarning(w, props.rows);
        return (
          <li key={i} data-code={w.code}>
            ⚠ {w.message}
            {rows.length > 0 && (
              <button
                type="button"
                className="link-button warning-locate"
                onClick={() => props.onLocate(rows, fieldOfWarning(w))}
              >
                {rows.length === 1 ? '定位到该行' : `定位到这 ${rows.length} 行`}
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
