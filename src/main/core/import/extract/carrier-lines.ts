/**
 * What the carrier a clerk saved a notice in adds around its text, never a word of the notice's
 * title: a forwarded mail's or office message's header lines (发件人：…, 收件人：各有关单位,
 * 主题：…) and the 转发/Fw: its subject starts with, and the page's web address a browser prints
 * beside the page's title in a PDF's running head ("某某通知 http://www.….html").
 */

/**
 * A mail or office-message header line: its field's name and a colon. Only the fields a mail
 * client writes (a notice's own 主题词：… line is no mail field, and 主题 must stand alone).
 */
export const MAIL_HEADER_LINE =
  /^(?:发件人|發件人|收件人|抄送|密送|发送时间|發送時間|发送日期|From|To|Cc|Sent)\s*[:：]/i;

/**
 * The forward or reply mark a mail client sets before a subject ("转发：", "Fw:", "回复：",
 * "RE:"), however many times it was forwarded, and the subject field's name where the header
 * line is kept ("主题：转发：…"): the subject is the notice's title when the body has none.
 */
const FORWARD_MARK =
  /^(?:(?:主题|主題|Subject)\s*[:：]\s*)?(?:(?:转发|轉發|回复|回覆|答复|Fwd?|RE)\s*[:：]\s*)*/i;

/** A web address set after the title by a space or glued to it, to the line's end. */
const TRAILING_ADDRESS = /\s*(?:https?:\/\/|www\.)[!-~]+$/i;

/** A title line's words without the carrier's marks around them: the title itself. */
export function withoutCarrierMarks(text: string): { text: string; lead: number } {
  const mark = FORWARD_MARK.exec(text);
  const lead = mark ? mark[0].length : 0;
  const rest = text.slice(lead);
  const address = TRAILING_ADDRESS.exec(rest);
  return { text: address ? rest.slice(0, address.index) : rest, lead };
}
