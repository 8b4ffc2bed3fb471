/**
 * A headline that cheers or teases its readers ("名单出炉!我县…再添新军!", "…有你家乡吗?",
 * "【喜报】我市23个乡村入选…"): a story's own voice. An organ's document is titled by what it
 * does (关于…的通知, …名单) and never exclaims or asks, so a page under such a headline is a
 * story, even when it reposts the document it cheers (the document is what it quotes).
 */
import { keyOf, type KeyedText, type Line } from './text-key';

/**
 * An exclamation after a word (a run of marks, "??", is an unreadable character more likely
 * than a cry), a question asked with its question word ("…吗?", "怎么改?", "是啥样?"), or a
 * bracketed cheer opening the headline (【喜报】, 【点赞】).
 */
const EXCLAIMED =
  /[\u4e00-\u9fff”」』)][!](?![!?])|(?:吗|呢|么|啥|哪|谁|几|多少)[^!?。]{0,8}\?(?!\?)|^【(?:喜报|点赞|好消息|祝贺)】/;
/** A slogan quoted in a title ("关于开展“文明出行，从我做起!”活动的通知") is not the title's voice. */
const QUOTED = /[“"「『][^“”"「」『』]*[”"」』]/g;

/**
 * A document's own title with nothing but a mark after its kind ("关于确认…的通知！",
 * "…名单的公示!"): a site's flourish on the organ's title, the page still its document.
 */
const MARKED_DOCUMENT = /^[^!?]*(?:通知|公示|公告|决定|批复|通报|意见|名单)!+$/;

/** Whether the title exclaims or asks (matched on its key: ！ and ？ are read as ! and ?). */
export function exclaimedHeadline(title: string | null): boolean {
  if (title === null) return false;
  const key = keyOf(title).replace(QUOTED, '“”');
  return EXCLAIMED.test(key) && !MARKED_DOCUMENT.test(key);
}

/** How many of the page's first lines may hold its headline (a site's name or column first). */
const HEAD_LINES = 4;
/** A headline's length: a longer line, or one holding a full stop, is the body's prose. */
const HEADLINE_CHARS = { min: 8, max: 60 };

/**
 * The page's exclaiming headline: one of its first lines, above the body's first sentence
 * (`limit`), short, holding no full stop, that exclaims or asks. A document's title found only
 * below it is the document the story quotes, not the page's title.
 */
export function exclaimedHeadlineLine(doc: KeyedText, limit: number): Line | null {
  const head = doc.lines.filter((l) => l.trimmed !== '' && l.index < limit).slice(0, HEAD_LINES);
  return (
    head.find((l) => {
      const t = l.trimmed;
      const short = t.length >= HEADLINE_CHARS.min && t.length <= HEADLINE_CHARS.max;
      return short && !/[。；\t]/.test(t) && exclaimedHeadline(t);
    }) ?? null
  );
}

/** A document's own title opening a line ("关于…的公示", its text perhaps run on after it). */
const DOCUMENT_OPENING = /^关于.{2,80}?的(?:通知|公示|公告|决定|批复|通报|意见)/;

/**
 * Whether the first line under the headline (its copy skipped) opens with a document's own
 * title: the page is that document set whole under a cheer, not a story quoting it.
 */
export function documentUnderHeadline(doc: KeyedText, title: string | null): boolean {
  if (title === null) return false;
  const head = keyOf(title);
  const lines = doc.lines.filter((l) => l.trimmed !== '');
  const at = lines.findIndex((l) => keyOf(l.trimmed) === head);
  const next = at < 0 ? undefined : lines.slice(at + 1).find((l) => keyOf(l.trimmed) !== head);
  return next !== undefined && DOCUMENT_OPENING.test(keyOf(next.trimmed));
}
