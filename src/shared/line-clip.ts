/**
 * A line of the history that quotes a name — 导入《…》, 名称／主题由「…」改为「…」 — quotes it
 * whole in the stored summary, and a real title runs to hundreds of characters (a table cell
 * of 2,500): one such line filled the list. In a line each quoted name is cut to a headline's
 * length with …; the whole line is kept for the hover and the detail.
 */
import { clipName } from './notice-name';

/** Longest quoted name kept whole in a line, in characters. */
export const QUOTED_MAX = 40;

/** `line` with each name quoted in 《》 or 「」 past `max` characters cut, ending in …. */
export function clipQuoted(line: string, max = QUOTED_MAX): string {
  return line
    .replace(/《([^《》]+)》/g, (_, name: string) => `《${clipName(name, max)}》`)
    .replace(/「([^「」]+)」/g, (_, name: string) => `「${clipName(name, max)}」`);
}
