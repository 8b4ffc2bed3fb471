/**
 * Bare time stamps on consecutive lines ("2024-04-26 10:16:13" over "2024-04-26 09:59:47" …): a
 * page's column of related posts, each stamp dating another post whose headline the copy lost —
 * none of them the page's own date, which it prints once (or twice: written, then posted).
 */
import type { KeyedText } from './text-key';

const BARE_STAMP = /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;

/**
 * How many bare stamps in a row make a column: a page may print its own two bare (written, then
 * posted or updated: "2023-03-01 10:00:00" over "2023-03-02 09:00:00"), a column lists more.
 */
const COLUMN = 3;

/** The indexes of lines that stand in a run of COLUMN or more bare stamps. */
export function relatedStampLines(doc: KeyedText): Set<number> {
  const lines = doc.lines.filter((l) => l.trimmed !== '');
  const out = new Set<number>();
  let run: number[] = [];
  const close = () => {
    if (run.length >= COLUMN) for (const i of run) out.add(i);
    run = [];
  };
  for (const line of lines) {
    if (BARE_STAMP.test(line.trimmed)) run.push(line.index);
    else close();
  }
  close();
  return out;
}
