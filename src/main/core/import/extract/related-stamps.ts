/**
 * Bare time stamps on consecutive lines ("2024-04-26 10:16:13" over "2024-04-26 09:59:47" …): a
 * page's column of related posts, each stamp dating another post whose headline the copy lost —
 * none of them the page's own date, which it prints once.
 */
import type { KeyedText } from './text-key';

const BARE_STAMP = /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;

/** The indexes of lines that are one of two or more bare stamps in a row. */
export function relatedStampLines(doc: KeyedText): Set<number> {
  const lines = doc.lines.filter((l) => l.trimmed !== '');
  const out = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (!BARE_STAMP.test(lines[i]!.trimmed)) continue;
    const prev = lines[i - 1];
    const next = lines[i + 1];
    if ((prev && BARE_STAMP.test(prev.trimmed)) || (next && BARE_STAMP.test(next.trimmed)))
      out.add(lines[i]!.index);
  }
  return out;
}
