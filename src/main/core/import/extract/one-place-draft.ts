/**
 * A list of one place a sentence or heading names as the unit (a story's one county, a plan's
 * place): the detectors reading a single unit from prose all hand it on in this one shape.
 */
import type { ListDraft } from './drafts';
import type { KeyedText } from './text-key';

/** The place written at `start`..`end` as the one item of a sentence list, on its own line. */
export function onePlaceDraft(
  doc: KeyedText,
  start: number,
  end: number,
  phrase?: string,
): ListDraft {
  const line = doc.lines.find((l) => l.start <= start && start < l.end);
  return {
    layout: 'sentence',
    items: [
      { seq: null, start, end, regionText: doc.text.slice(start, end), title: '', warnings: [] },
    ],
    start,
    end,
    ...(phrase === undefined ? {} : { phrase }),
    lineIndexes: line ? [line.index] : [],
  };
}
