/**
 * A page's own headline over the document it reposts (2026-12-07, corpus README): a portal or a
 * paper heads the organ's 关于…的通知 with a headline of its own ("科技部发布…验收结果通知",
 * "第三批…名单公布") set above its info line, then prints the document under its formal title. The
 * page is titled by its headline, as a story quoting the document is. A headline that is the
 * document's title itself — written formally (关于…), or its words a cut of the title's or the
 * title's a cut of its — is the document's own, and the formal title stays.
 */
import { organ } from './issuer';
import { toKey } from './text-key';

const FORMAL = /关于.{2,}的/;
const words = (t: string): string => toKey(t).replace(/[^\u4e00-\u9fff0-9A-Za-z]/g, '');

/**
 * A headline tells of the document it heads, so it shares at least one pair of characters with its
 * title (全省示范!淮北这些村上榜 over …“全省示范性老年友好型社区”…); a portal's top bar over its
 * breadcrumb ("今天是2019年5月13日 星期一"), or its name in English, shares none.
 */
function sharesWords(headline: string, title: string): boolean {
  const h = headline.replace(/[^\u4e00-\u9fff]/g, '');
  for (let i = 0; i + 2 <= h.length; i++) if (title.includes(h.slice(i, i + 2))) return true;
  return false;
}

export function ownHeadlineOverDocument(headline: string, documentTitle: string): boolean {
  // An organ's name alone over its 来源 line is the site's header, no headline of the page.
  if (FORMAL.test(toKey(headline)) || organ(headline) !== null) return false;
  const h = words(headline);
  const d = words(documentTitle);
  return h.length > 0 && !d.includes(h) && !h.includes(d) && sharesWords(h, d);
}
