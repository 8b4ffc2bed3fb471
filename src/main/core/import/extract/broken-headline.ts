/**
 * A headline a page set in two lines, broken mid-phrase ("某市再命名48家市级" / "农业产业化龙头企业"):
 * the first line ends on a word that must be followed by the thing it qualifies, so the short
 * heading line right under it goes on with the same headline.
 */
import { cleanLine, lineText, looksLikeHeading, type TitlePick } from './title-line';
import { toKey, type KeyedText } from './text-key';

/**
 * What no headline ends with: an attributive or a joining word (…的, …和, …与, …及, …暨) or a
 * level before its noun (市级, 省级, 国家级), each waiting for the thing it qualifies. A count
 * ends a headline whole ("…山东仅4个"), and so does a noun in 级 (等级).
 */
const OPEN_END = /(?:的|和|与|及|暨|(?:国家|省|市|县|区|州|镇)级)$/;
/** The longest a headline's second line runs; a longer line is the body's first sentence. */
const SECOND_LINE_CHARS = 20;

export function brokenHeadline(doc: KeyedText, pick: TitlePick, limit: number): TitlePick {
  if (pick.line < 0 || !OPEN_END.test(toKey(pick.title).trim())) return pick;
  const next = doc.lines.find((l) => l.index > pick.line && l.trimmed !== '');
  if (!next || next.index >= limit) return pick;
  const t = lineText(next);
  if (t.length > SECOND_LINE_CHARS || /[，。；,:：!?！？\t]/.test(t) || !looksLikeHeading(t))
    return pick;
  const c = cleanLine(next);
  return { ...pick, title: `${pick.title}${c.text}`, end: c.start + c.text.length };
}
