/**
 * How long a text a clerk types may be, counted as the clerk counts it: in characters. A
 * JavaScript string's length counts UTF-16 code units, two for each character outside the
 * Basic Multilingual Plane (CJK Extension B and later: 𠀀, the rarer characters of place and
 * person names), so a limit on `length` — zod's max, an input's maxLength — stopped such a
 * text at half its limit and its message named a number the clerk could not find. Every door
 * (the page, IPC and HTTP validation, the app layer) counts with charCount.
 */
import { z } from 'zod';

/**
 * The longest text one field of the ledger holds: a cell a clerk pastes, and so the ceiling of
 * a text the importer kept whole (a notice's title read from a long heading, a case's title
 * from a table cell of 2,500 characters). A door that only passes such a text back — the import
 * preview's notices of other files (`alongside`) — takes up to this, never the typed-title
 * limit below it (title-limit.ts): a kept title past that limit was refused there, and the
 * next file's analysis failed with it.
 */
export const KEPT_TEXT_MAX_CHARS = 20_000;

/** The characters of `text` (Unicode code points). */
export function charCount(text: string): number {
  // Each surrogate pair is one character written in two code units.
  return text.length - (text.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)?.length ?? 0);
}

/** `text` cut to its first `max` characters (what an input's maxLength did, counted right). */
export function clipChars(text: string, max: number): string {
  // No string has fewer code units than characters: a short one needs no count.
  if (text.length <= max || charCount(text) <= max) return text;
  return [...text].slice(0, max).join('');
}

/** The refusal of a `what` of `length` characters past `max`. */
export function tooManyChars(what: string, length: number, max: number): string {
  return `${what}有 ${length} 字，超过上限 ${max} 字，请删减后再试`;
}

/** The refusal of `text` as a `what` past `max` characters, or null when it is within. */
export function charLimitProblem(what: string, text: string, max: number): string | null {
  if (text.length <= max) return null;
  const n = charCount(text);
  return n > max ? tooManyChars(what, n, max) : null;
}

/**
 * `schema` (a string schema, trimmed or not) refusing a text past `max` characters with a
 * message counting it; `message` gives a field its own words (a title's: title-limit.ts).
 */
export function charsAtMost<T extends z.ZodString>(
  schema: T,
  max: number,
  what: string,
  message?: (length: number) => string,
): T {
  return schema.superRefine((text, ctx) => {
    if (text.length <= max) return;
    const n = charCount(text);
    if (n > max)
      ctx.addIssue({
        code: 'custom',
        message: (message ?? ((l) => tooManyChars(what, l, max)))(n),
      });
  });
}
