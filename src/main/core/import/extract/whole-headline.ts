/**
 * A headline a page's template cut short, made whole from the line above the body that goes
 * on with more of its words.
 */
import { cleanLine, lineText, looksLikeHeading, type TitlePick } from './title-line';
import { toKey, type KeyedText } from './text-key';

/** A headline's words only: quotes, punctuation and spaces are how a copy sets them. */
const headlineWords = (t: string): string => toKey(t).replace(/[^\u4e00-\u9fff0-9A-Za-z]/g, '');
/** The least a cut headline keeps for a longer line to be taken as its whole. */
const CUT_HEADLINE_CHARS = 10;

/**
 * Whether `line` goes on with more words right where `cut`'s words end (mid-word, or into a
 * quote), not after a space or a bracket that sets another field beside a whole headline
 * ("…的通知 某民发〔2023〕2号", "…的通知 ( 2020-08-28 )", a second headline).
 */
function goesOnFrom(line: string, cut: string): boolean {
  let seen = 0;
  for (let i = 0; i < line.length; i++) {
    if (/[\u4e00-\u9fff0-9A-Za-z]/.test(line[i] ?? '')) seen++;
    if (seen === cut.length) return /^["“‘「『]?[\u4e00-\u9fff0-9A-Za-z]/.test(line.slice(i + 1));
  }
  return false;
}

/**
 * A headline a page's template cut short (its <title> and heading "…社区获全国最美志愿") is
 * the whole one the page prints above its body ("…社区获全国“最美志愿服务社区”称号"): the
 * line that starts with the cut one's words and goes on with more of them.
 */
export function wholeHeadline(doc: KeyedText, pick: TitlePick, limit: number): TitlePick {
  const cut = headlineWords(pick.title);
  if (cut.length < CUT_HEADLINE_CHARS) return pick;
  for (const line of doc.lines) {
    if (line.index >= limit) break;
    const t = lineText(line);
    const words = headlineWords(t);
    if (words.length <= cut.length || !words.startsWith(cut) || !looksLikeHeading(t)) continue;
    if (!goesOnFrom(t, cut)) continue;
    const c = cleanLine(line);
    return { title: c.text, start: c.start, end: c.start + c.text.length, line: line.index };
  }
  return pick;
}
