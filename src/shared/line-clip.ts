/**
 * A line of the history that quotes a name — 导入《…》, 名称／主题由「…」改为「…」 — quotes it
 * whole in the stored summary, and a real title runs to hundreds of characters (a table cell
 * of 2,500): one such line filled the list. In a line each quoted name is cut to a headline's
 * length with …; the whole line is kept for the hover and the detail.
 */
import { clipName } from './notice-name';

/** Longest quoted name kept whole in a line, in characters. */
export const QUOTED_MAX = 40;

/**
 * `line` with each outermost `open`…`close` quote past `max` characters cut. Outermost: a
 * notice's title often quotes the document it issues (关于印发《…办法》的通知), and the line
 * quoting that title holds marks within marks; the inner quote alone is not the name.
 */
function clipOutermost(line: string, open: string, close: string, max: number): string {
  let out = '';
  let depth = 0;
  let start = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === open) {
      if (depth === 0) {
        out += line.slice(start, i + 1);
        start = i + 1;
      }
      depth++;
    } else if (c === close && depth > 0) {
      depth--;
      if (depth === 0) {
        out += clipName(line.slice(start, i), max);
        start = i;
      }
    }
  }
  // An unclosed quote is left as it stands.
  return out + line.slice(start);
}

/** `line` with each name quoted in 《》 or 「」 past `max` characters cut, ending in …. */
export function clipQuoted(line: string, max = QUOTED_MAX): string {
  return clipOutermost(clipOutermost(line, '《', '》', max), '「', '」', max);
}
