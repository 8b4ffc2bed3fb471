/**
 * How long a title may be, said once for every door: a notice's title and a record's
 * 名称／主题, typed in a cell, a form or the import preview. A title past it is refused with
 * this message, never cut: a clerk's text is kept whole or not taken at all.
 */
import type { z } from 'zod';
import { charCount, charsAtMost } from './text-limit';

/** Far past any real title (the longest case titles run to about 80 characters). */
export const TITLE_MAX_CHARS = 2000;

/** The refusal of a title `length` characters long (counted by charCount, text-limit.ts). */
function titleTooLong(length: number): string {
  return `标题有 ${length} 字，超过上限 ${TITLE_MAX_CHARS} 字，没有保存：请删减后再保存（不会替您截断）`;
}

/** A title as the contract takes it: `schema` refusing one past the limit, counted in characters. */
export const titleWithin = <T extends z.ZodString>(schema: T): T =>
  charsAtMost(schema, TITLE_MAX_CHARS, '标题', titleTooLong);

/**
 * The refusal of `title`, or null when its length is within the limit or the title is the one
 * already `held`: the importer keeps a real notice's long title whole (a table cell of 2,500
 * characters), and an edit that sends it back unchanged (the notice form sends every field,
 * a pasted row its title) must not be refused for what the clerk did not type.
 */
export function titleLengthProblem(
  title: string | null | undefined,
  held?: string | number | null,
): string | null {
  if (title !== undefined && title !== null && title === held) return null;
  const length = title ? charCount(title) : 0;
  return length > TITLE_MAX_CHARS ? titleTooLong(length) : null;
}
