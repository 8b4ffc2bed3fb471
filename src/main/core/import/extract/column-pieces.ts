/**
 * A list set two or more to a line in columns lined up with blanks ("某村农家书屋　　某社区农家书屋"),
 * as a two-column table pasted into text or a page's grid of names reads. The line splits at its
 * gaps — two blanks or more, or a full-width space — into the pieces its columns hold; the caller
 * takes them as entries only when every piece is a place line by itself, so that a sentence with
 * a wide space or a name padded inside ("沛 县") is never split into entries.
 */
import type { Line } from './text-key';

/** A gap between columns: two blanks or more, or one full-width space, or a TAB. */
const GAP = /[ \t]{2,}[ \t\u3000]*|[\u3000\t][ \t\u3000]*/g;

/** The pieces of `line` between its gaps, as lines of their own; null when it has no gap. */
export function columnPieces(line: Line): Line[] | null {
  const raw = line.raw;
  const lead = raw.length - raw.trimStart().length;
  const body = raw.trimEnd();
  const pieces: Line[] = [];
  let from = lead;
  const push = (to: number): void => {
    if (to <= from) return;
    const key = line.key.slice(from, to);
    pieces.push({
      index: line.index,
      start: line.start + from,
      end: line.start + to,
      raw: raw.slice(from, to),
      key,
      trimmed: key.trim(),
      trimmedStart: line.start + from,
    });
  };
  for (const m of body.slice(lead).matchAll(GAP)) {
    const at = lead + (m.index ?? 0);
    push(at);
    from = at + m[0].length;
  }
  push(body.length);
  return pieces.length >= 2 ? pieces : null;
}
