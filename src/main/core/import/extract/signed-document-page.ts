/**
 * A page that is an organ's own document, headed by the document's title and signed by the organ
 * with its date ("第四批…候选名单公示" … "安徽省民政厅 / 2017年6月1日"): the page is that document,
 * whatever site posted it. Its 来源 line names the site that carried it (来源：某某文明网, a
 * portal's 原标题/来源/编辑 line), not an outlet telling a story, so the document keeps its role and
 * its signer issues it. A reporter's lead (记者…, 本报讯, 某某网讯) still makes it a story quoting
 * the document.
 */
import { keyOf, type KeyedText } from './text-key';

/** A title shaped like the document itself: 关于…的通知/公告/决定, or a list's 公示 under its own name. */
const OWN_DOCUMENT_TITLE =
  /(?:关于.{4,80}(?:通知|批复|公示|公告|通报|决定)|名单(?:的)?公示(?:公告)?|名单的?公告)$/;
/**
 * A reporter or a dateline in the page's lead: a story quoting the document. An outlet's dateline
 * is its 讯 or its 消息 followed by a colon or comma ("某某网消息：", "某某新闻消息，").
 */
const REPORTED_LEAD =
  /记者|通讯员|本报讯|[\u4e00-\u9fff]{2,10}(?:网|报|台|在线|新闻|客户端|社)(?:讯|消息[:：,，])|[0-9]{1,2}月[0-9]{1,2}日电/;
const LEAD_CHARS = 200;

export function signedDocumentPage(
  doc: KeyedText,
  title: { text: string; line: number } | null,
  bodyLine: number,
  signer: string | null,
): boolean {
  if (!title || !signer || !OWN_DOCUMENT_TITLE.test(keyOf(title.text))) return false;
  // The document's title must head the page: one printed inside a story, below its lead, is the
  // document the story reprints.
  if (title.line < 0 || title.line >= bodyLine) return false;
  const lead = doc.lines
    .slice(bodyLine, bodyLine + 3)
    .map((l) => l.key)
    .join('\n')
    .slice(0, LEAD_CHARS);
  return !REPORTED_LEAD.test(lead);
}
