/**
 * A page headed by a document's 关于… title alone, the organ dropped ("关于公布…名单的公告"), that
 * prints the document below with its own title line, organ and all ("文化和旅游部关于公布…名单的
 * 公告"): the document's title is that line. The page's headline only shortens it; the issuing
 * organ is part of the title the document gives itself. Only a line before the document closes
 * (特此公告) or the page lists its links (相关链接, 上一篇): there a line ending in the same words
 * is another page's link. And a line forwarding it (转发某局关于…) is another document's title.
 */
import { toKey, type KeyedText } from './text-key';

/** A verb before the organ: the line is a document of its own that passes this one on. */
const PASSES_ON = /^(?:转发|印发|批转|附件)/;
/** The document's closing formula or the label of the page's links: the document is over. */
const PAST_DOCUMENT = /^(?:特此(?:公告|通知|公示|通报|批复)|相关|上一篇|下一篇|推荐阅读|延伸阅读)/;
/** An organ's name, no sentence: it ends as organs do and holds no punctuation. */
const ORGAN =
  /^[\u4e00-\u9fff]{2,30}?(?:部|厅|局|委员会|委|政府|办公厅|办公室|署|院|会|中心)(?:[、\s][\u4e00-\u9fff]{2,30}?(?:部|厅|局|委员会|委|政府|办公厅|办公室|署|院|会|中心))*$/;

export function organHeadedTitle(doc: KeyedText, title: string | null): string | null {
  if (!title) return null;
  const bare = toKey(title).replace(/\s+/g, '');
  if (!bare.startsWith('关于') || bare.length < 8) return null;
  for (const line of doc.lines) {
    const key = line.key.replace(/\s+/g, '');
    if (PAST_DOCUMENT.test(key)) break;
    if (key.length <= bare.length || !key.endsWith(bare)) continue;
    const organ = key.slice(0, key.length - bare.length);
    if (ORGAN.test(organ) && !PASSES_ON.test(organ)) return line.trimmed;
  }
  return null;
}
