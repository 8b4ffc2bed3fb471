/**
 * A page headed by a document's 关于… title alone, the organ dropped ("关于公布…名单的公告"), that
 * prints the document below with its own title line, organ and all ("文化和旅游部关于公布…名单的
 * 公告"): the document's title is that line. The page's headline only shortens it; the issuing
 * organ is part of the title the document gives itself.
 */
import { toKey, type KeyedText } from './text-key';

/** An organ's name, no sentence: it ends as organs do and holds no punctuation. */
const ORGAN =
  /^[\u4e00-\u9fff]{2,30}?(?:部|厅|局|委员会|委|政府|办公厅|办公室|署|院|会|中心)(?:[、\s][\u4e00-\u9fff]{2,30}?(?:部|厅|局|委员会|委|政府|办公厅|办公室|署|院|会|中心))*$/;

export function organHeadedTitle(doc: KeyedText, title: string | null): string | null {
  if (!title) return null;
  const bare = toKey(title).replace(/\s+/g, '');
  if (!bare.startsWith('关于') || bare.length < 8) return null;
  for (const line of doc.lines) {
    const key = line.key.replace(/\s+/g, '');
    if (key.length <= bare.length || !key.endsWith(bare)) continue;
    const organ = key.slice(0, key.length - bare.length);
    if (ORGAN.test(organ)) return line.trimmed;
  }
  return null;
}
