/**
 * A page's credit set on two lines: the organisations' names, then their role alone on the line
 * below ("甲协会、乙中心" over "主办"). The names are who ran or wrote the page, never entries.
 */
import type { KeyedText, Line } from './text-key';

/**
 * A role word standing alone as a line ("主办", "联合主办"). With a colon or as "主办单位" it
 * heads the names below it instead, so only the bare verb credits the line above.
 */
const CREDIT_ROLE = /^(联合)?(主办|承办|协办|出品|供稿)$/;

/** The line is the names of a credit whose role word stands alone on the next non-empty line. */
export function creditedBelow(doc: KeyedText, line: Line): boolean {
  for (let i = line.index + 1; i < doc.lines.length; i++) {
    const next = doc.lines[i]!.trimmed.replace(/\s+/g, '');
    if (next !== '') return CREDIT_ROLE.test(next);
  }
  return false;
}
