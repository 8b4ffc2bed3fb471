/**
 * Write-ups whose heading is the page's own title, not a unit and its story.
 */
import type { ListDraft } from './drafts';
import type { KeyedText } from './text-key';

/** The page's first line read as a write-up's heading (its headline). */
export function isHeadline(doc: KeyedText, list: ListDraft): boolean {
  const top = doc.lines.find((l) => l.trimmed !== '');
  return list.layout === 'writeup' && list.items.length === 1 && list.start === top?.trimmedStart;
}

/**
 * "山东省住房和城乡建设厅关于第一批山东省绿色社区拟命名对象的公示" repeated under the page's
 * byline: an organ's document title, not a write-up's heading naming a unit and its story. Read
 * as one it would make the province an entry titled with the notice's own name and swallow the
 * text below it, whose prose names the units.
 * An organ, 关于 and what the document is about, closed by the kind of document it is. */
const DOCUMENT_TITLE =
  /^[\u4e00-\u9fff（）()]{2,30}?(?:厅|局|委员会|委|政府|办公室|办公厅|部|署|总局)(?:[、和][\u4e00-\u9fff]{2,20}?)*关于[^。；！？\n]{2,60}的(?:公示|通知|公告|决定|通报|批复|意见|函)$/;

/** Whether the list is one write-up whose heading line is such a document's title. */
export function headsWithDocumentTitle(doc: KeyedText, list: ListDraft): boolean {
  if (list.layout !== 'writeup' || list.items.length !== 1) return false;
  const at = list.items[0]!.start;
  const end = doc.key.indexOf('\n', at);
  return DOCUMENT_TITLE.test(doc.key.slice(at, end < 0 ? doc.key.length : end).trim());
}
