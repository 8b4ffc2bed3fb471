/**
 * A page reposting a whole document under a headline of its own ("发改委公布第二批…名单",
 * "第三批…名单公布", "科技部发布…验收结果通知") above the document's title and 文号: the page
 * tells that the document came out, it is not the document — news, whatever the document does.
 * A page whose headline is the document's own title (关于…的公告) is the document.
 */
import { keyOf, type KeyedText } from './text-key';

/** How many lines from the top the headline, the document's title and its 文号 lie within. */
const HEAD_LINES = 14;
/** A headline telling that a document or list came out, in the third person. */
const TELLS_OUT = /公布|发布(?!机构|时间|日期|单位)|出炉|揭晓|印发(?!日期)|下发|出台/;
/**
 * A document's own title (关于…), a page's info line (发布时间, 来源, the breadcrumb) or a row
 * of its disclosure table (发布机构 江苏省民政厅 发文日期 …, cells apart; 公布日期 2020年01月10日,
 * its cells parted by spaces: a date cell or its label is no story's headline).
 */
const NOT_A_STORY_HEADLINE =
  /关于|时间|日期|来源|位置|首页|>|[|｜]|[:：]|\t|\d{4}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}/;
/**
 * A site's column or banner naming what it publishes (政策发布, 信息发布平台, 权威发布): chrome
 * above an organ's own page, no story telling its document came out. A press conference
 * (新闻发布会) is an occasion a story tells, not a column.
 */
const PUBLISHING_COLUMN = /(?:信息|政策|新闻|权威|政务|文件)发布(?!会)|发布(?:平台|栏目|专栏)/;
/** A headline is one short line, no sentence. */
const HEADLINE = /^[^。，,；;]{6,40}$/;

/** A 文号 compared without spaces and whatever brackets hold its year (〔2015〕, [2015]). */
const bare = (s: string): string => s.replace(/[\s[\]〔〕【】()（）]/g, '');

export function repostsDocument(doc: KeyedText, docNo: string | null): boolean {
  if (!docNo) return false;
  const no = bare(keyOf(docNo));
  const lines = doc.key.split('\n', HEAD_LINES).map((l) => l.trim());
  const at = lines.findIndex((l) => bare(l).includes(no));
  // The 文号 right under a document's title: a line before it opening 关于 or naming its kind.
  if (at < 1 || !/关于|(通知|公告|决定|批复|通报)$/.test(lines[at - 1] ?? '')) return false;
  return lines
    .slice(0, at - 1)
    .some(
      (l) =>
        HEADLINE.test(l) &&
        TELLS_OUT.test(l) &&
        !NOT_A_STORY_HEADLINE.test(l) &&
        !PUBLISHING_COLUMN.test(l),
    );
}
