/**
 * Two acts a document does in its body when its title does not name them (the page lost its
 * title, or the title says only 通知): publishing a list it attaches, and calling its addressees
 * to apply by a day it sets. Without them such a page reads as rules.
 */
import type { KeyedText } from './text-key';
import type { NoticeRule } from './types';

/** The document publishing its result in its own words: "现予发布", "现予公布", "结果予以公示". */
const PUBLISHES = /现予(?:公布|发布)|(?:结果|名单)(?:予以|进行)公示/;
/**
 * An attachment line naming a list or a result ("附件：1.2022年…立项名单", "2.…（B类）立项名单"):
 * a form to fill in (…推荐名单汇总表, 申报表) is no list.
 */
const ATTACHED_LIST =
  /^(?:附件\s*[:：]?\s*)?(?:[0-9]{1,2}\s*[.、．]\s*)?[^。；]{2,80}?(?:名单|结果)$/;
const ATTACHMENT = /^附件\s*[:：]?/;

export function publishesAttachedList(doc: KeyedText, body: string): boolean {
  if (!PUBLISHES.test(body)) return false;
  const at = doc.lines.findIndex((l) => ATTACHMENT.test(l.key.trim()));
  if (at < 0) return false;
  // The attachment line itself and the numbered lines under it.
  return doc.lines.slice(at, at + 8).some((l) => ATTACHED_LIST.test(l.key.trim()));
}

/**
 * The addressees asked to apply ("请…申报", "积极申报") or told when applying closes
 * ("申报…时间延迟至…", "申报截止"), or when nominating does ("网络提名截止时间由…3月31日截止延期至4月
 * 30日截止", "提名(申报)时间进行调整"): a call, when a one-off due day stands among its rules (a
 * rules document's yearly deadline, or a reply's, is no round of applying). A meeting's or a
 * training's registration moved (报名时间延长至…) calls nobody to apply.
 */
const ASKS_TO_APPLY =
  /(?:请|积极)[^。；]{0,30}?申报|申报[^。；]{0,12}?(?:时间|日期|截止)[^。；]{0,6}?(?:延迟|延长|推迟)?至|(?:申报|提名|推荐)[^。；]{0,12}?(?:时间|日期)(?:[^。；]{0,60}?(?:延迟|延长|推迟|延期)至|[^。；]{0,4}?(?:进行)?调整)/;

export function asksToApplyBy(body: string, rules: NoticeRule[]): boolean {
  const due = rules.some((r) => r.kind === 'deadline' && !r.params.reply);
  return due && ASKS_TO_APPLY.test(body);
}
