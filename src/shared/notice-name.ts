/**
 * What to call a notice whose title the importer did not find. Its file name (保存的网页.html,
 * 004_b7041dd861dd2b18.txt) says nothing of what it is: the notice is named by who issued it
 * and when, or else by its own first line, with the file beside it.
 */

/** Longest first line kept: a headline, not a paragraph. */
const HEAD_MAX = 60;

/** The first line of the text that holds words, cut to a headline's length. */
export function firstLineOf(text: string): string | null {
  const line = text
    .split(/\r?\n/)
    .map((l) => l.replace(/[\s\u3000]+/g, ' ').trim())
    .find((l) => /[\p{L}\p{N}]/u.test(l));
  if (!line) return null;
  const chars = [...line];
  return chars.length > HEAD_MAX ? `${chars.slice(0, HEAD_MAX - 1).join('')}…` : line;
}

/**
 * An untitled notice's name: its issuer with its date when both were read, else its first
 * line, else whichever of issuer or date there is; null when nothing but the file is known.
 */
export function untitledNoticeName(n: {
  issuer: string | null;
  issuedOn: string | null;
  firstLine?: string | null;
}): string | null {
  if (n.issuer && n.issuedOn) return `${n.issuer} ${n.issuedOn}`;
  return n.firstLine || n.issuer || n.issuedOn || null;
}

/** A name cut to `max` characters ends in …, never mid-word with nothing to say it was cut. */
export function clipName(name: string, max: number): string {
  const chars = [...name];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : name;
}

/**
 * What every place calls a notice — the notices list, the undo button, the history, the
 * notice's own page: its title; untitled, the name untitledNoticeName gives it; the file name
 * only when nothing else is known. `max` cuts it for a sentence, ending in ….
 */
export function noticeName(
  n: {
    title: string | null;
    issuer: string | null;
    issuedOn: string | null;
    firstLine?: string | null;
    file: string;
  },
  max = Infinity,
): string {
  // A blank title ('' from a cleared form field, spaces) names nothing: read as untitled.
  const titled = n.title?.trim() ? n.title : null;
  return clipName(titled ?? untitledNoticeName(n) ?? n.file, max);
}
