/**
 * Where in a notice's text a warning comes from, so the notice view can take staff from the
 * warning to the sentence it is about: a warning that carries its own place in the text (a
 * passage spliced into a list, a heading, an announced list nothing was read under) gives it;
 * a warning about items (an unresolved place, a cut title, masked text, a gap in the numbering)
 * is found through the records' spans, by 序号 and place as the warning names them.
 * A warning about the whole notice (its date, its 文号) has no place: none is offered.
 */
import type { NoticeSpan, NoticeWarning } from '../../../../shared/domain';

export interface TextRange {
  start: number;
  end: number;
}

interface Item {
  seq: number | null;
  place: string | null;
}

/** The items a warning names (序号 beside place where it gives both). */
function itemsNamed(w: NoticeWarning): Item[] {
  switch (w.code) {
    case 'masked_text':
    case 'nonstandard_region':
    case 'region_unresolved': {
      if (w.seqs) return w.seqs.map((seq, i) => ({ seq, place: w.regionTexts?.[i] ?? null }));
      return [{ seq: w.seq ?? null, place: w.regionText ?? null }];
    }
    case 'truncated_item':
    case 'split_cell':
    case 'region_inconsistent':
      return [{ seq: w.seq, place: null }];
    case 'record_without_confirmation':
      return w.seqs.map((seq) => ({ seq, place: null }));
    // The gap lies between the item before it and the item after it.
    case 'numbering_gap':
      return [
        { seq: w.from - 1, place: null },
        { seq: w.to + 1, place: null },
      ];
    default:
      return [];
  }
}

/** The passages a warning records itself. */
function ownRanges(w: NoticeWarning): TextRange[] {
  switch (w.code) {
    case 'interleaved_text':
    case 'mismatched_heading':
    case 'unread_list':
    case 'impossible_date':
      return [{ start: w.start, end: w.end }];
    // Both copies: the reader decides which one the ledger should keep.
    case 'duplicate_passage':
      return [
        { start: w.firstStart, end: w.firstStart + (w.end - w.start) },
        { start: w.start, end: w.end },
      ];
    default:
      return [];
  }
}

/** The text ranges a warning is about, in reading order; empty for a warning about the whole notice. */
export function warningSource(
  w: NoticeWarning,
  spans: readonly NoticeSpan[],
  text: string,
): TextRange[] {
  const own = ownRanges(w).filter((r) => r.start >= 0 && r.end > r.start && r.end <= text.length);
  const items = itemsNamed(w).filter((it) => it.seq !== null || it.place !== null);
  const holds = (it: Item, s: NoticeSpan) =>
    (it.seq === null || it.seq === s.seq) &&
    (it.place === null || text.slice(s.start, s.end).includes(it.place));
  const ranges: TextRange[] = [];
  for (const it of items) {
    let hits = spans.filter((s) => holds(it, s));
    // A span cut differently from the place as written still holds the item by its 序号.
    if (hits.length === 0 && it.seq !== null) hits = spans.filter((s) => s.seq === it.seq);
    for (const s of hits) ranges.push({ start: s.start, end: s.end });
    // A place no record's span holds (an item left out, a row kept apart) is looked up in
    // the text itself: its first appearance is where the reader starts.
    const at = hits.length === 0 && it.place ? text.indexOf(it.place) : -1;
    if (at >= 0 && it.place) ranges.push({ start: at, end: at + it.place.length });
  }
  const byStart = new Map<string, TextRange>();
  for (const r of [...own, ...ranges]) byStart.set(`${r.start}-${r.end}`, r);
  return [...byStart.values()].sort((a, b) => a.start - b.start || a.end - b.end);
}
