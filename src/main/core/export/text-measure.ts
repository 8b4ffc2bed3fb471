/**
 * How wide text is, in ems (one Chinese character = 1 em), and how many lines it takes in a
 * column of a given width. Word, WPS and LibreOffice lay Chinese out on a square em grid, so
 * counting is close to what they do; Latin letters and digits are about half an em.
 * Used to size table columns and spreadsheet rows from their content.
 */

/** ASCII and half-width katakana; “ ” — … · and other symbols take a full em beside Chinese. */
const HALF_WIDTH = /[\u0020-\u007e\uff61-\uff9f]/;

/** Width of a string in ems. */
export function ems(text: string): number {
  let w = 0;
  for (const c of text) w += HALF_WIDTH.test(c) ? 0.55 : 1;
  return w;
}

/** Lines a paragraph takes in `width` ems when it may break anywhere (Chinese text). */
export function wrappedLines(text: string, width: number): number {
  if (width <= 0) return Infinity;
  return Math.max(1, Math.ceil(ems(text) / width - 1e-9));
}

/** Lines several paragraphs take (each starts a new line). */
export function paragraphLines(paragraphs: readonly string[], width: number): number {
  if (paragraphs.length === 0) return 1;
  return paragraphs.reduce((n, p) => n + wrappedLines(p, width), 0);
}

/**
 * Packs unbreakable pieces (the levels of a place name) into lines of at most `width` ems,
 * greedily. A piece wider than the line gets a line of its own (and would break inside).
 */
export function packSegments(segments: readonly string[], width: number): string[] {
  const lines: string[] = [];
  let cur = '';
  for (const s of segments) {
    if (cur && ems(cur + s) > width) {
      lines.push(cur);
      cur = s;
    } else cur += s;
  }
  if (cur || lines.length === 0) lines.push(cur);
  return lines;
}
