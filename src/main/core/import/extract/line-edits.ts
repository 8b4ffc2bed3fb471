/**
 * A text rewritten line by line at a few places while keeping the way back: each edit puts a
 * mark in before a character or in its stead, and `origin[i]` is the input offset of output
 * character i (a mark put in maps to the character it stands before), plus one for the end.
 * The reading text's steps that put a list's breaks or separators back use it.
 */

export interface EditedText {
  text: string;
  /** Offset in the input of each output character, plus one entry for the end. */
  origin: number[];
}

/** A mark put in before the character at its place, or in place of that character. */
export interface LineEdit {
  mark: string;
  replace: boolean;
}

/** The text with each line's edits (keyed by offset in the line) made. */
export function editLines(
  text: string,
  editsOf: (line: string) => ReadonlyMap<number, LineEdit>,
): EditedText {
  const out: string[] = [];
  const origin: number[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    const edits = editsOf(line);
    if (edits.size === 0) {
      // A line with no edit (most of them) goes over whole, not character by character.
      out.push(line);
      for (let i = 0; i < line.length; i++) origin.push(at + i);
    } else {
      for (let i = 0; i < line.length; i++) {
        const e = edits.get(i);
        if (e && !e.replace) {
          out.push(e.mark);
          origin.push(at + i);
        }
        out.push(e?.replace ? e.mark : (line[i] ?? ''));
        origin.push(at + i);
      }
    }
    at += line.length;
    if (at < text.length) {
      out.push('\n');
      origin.push(at);
      at += 1;
    }
  }
  origin.push(text.length);
  return { text: out.join(''), origin };
}
