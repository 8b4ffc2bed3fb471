/**
 * The later readers of a sentence (a prize's clause, a group cited by its first body, a run of
 * honoured units) read only text no earlier reader took: a name inside a read entry is that
 * entry's, and reading it again would double it.
 */
import type { ListDraft } from './drafts';

/** Whether the span [start, end) overlaps an item of the lists already read. */
export function overlapsRead(read: readonly ListDraft[]): (start: number, end: number) => boolean {
  const spans = read.flatMap((l) => l.items.map((it) => [it.start, it.end] as const));
  return (start, end) => spans.some(([s, e]) => s < end && e > start);
}
