/**
 * The source a page's info line names above the story ("来源：某某门户", "来源：掌上某某",
 * "本文转自：某某客户端", "信息来源：《某某》2020年第7期"): the page says whose the story is, so
 * that name is the notice's issuer whatever it ends with — an app, a public account, a school,
 * a journal — as an organ's name on such a line is (来源：省民政厅社区处). Read only when no
 * dateline, byline or outlet-like name has told the outlet; words that name no one
 * (来源：网络, 本站原创, 不详, 暂无) and an organ's name (left to the organ's own reading) are not taken.
 */
import { NOT_OUTLET } from './issuer';
import { toKey, type KeyedText } from './text-key';

/** A source label on the info line, or a repost's "本文转自", and the text after it. */
const LABELLED =
  /(?:文章来源|信息来源|稿件来源|(?<!图片|图|照片|视频|封面)来[ \u3000]?源|来自|本文转自|转自)\s*[:：]\s*([^\s|｜丨]+)/;
/** The next byline field glued after the source's name (来源：某某作者：某某). */
const NEXT_FIELD = /(作者|编辑|责任编辑|责编|记者|审核|发布时间|时间|浏览|点击).*$/;
/**
 * How the item came from that source, glued after its name (来源:某某发布收集, 来源：某某整理):
 * the source is the name before it.
 */
const GATHERED = /(?:收集|整理|汇编|综合整理)$/;
/** A journal or paper in book-title marks, with its issue after it ("《某某》2020年第7期，…"). */
const BOOK_TITLE = /^《([^《》]{2,20})》/;
/** Source words that name no one. */
// 暂无 ("none yet") is a page template's blank: no one.
const NO_ONE = /^(?:网络|本站|原创|转载|互联网|综合|不详|未知|暂无|佚名|网友|其他|其它|门户|来源)/;
/** A site's own-name suffix: what is left before it is the one who runs the site. */
const SITE_SUFFIX = /(门户网站|官方网站|官网|网站)$/;
/** A channel or column alone is part of some site it does not name (来源:某某频道). */
const CHANNEL_ONLY = /(?:频道|栏目|专栏|版块|板块)$/;
/** Names an organ (left to the organ's reading, which keeps its full name). */
const ORGAN_END = /[部厅局委办处室组]$|政府$|委员会$/;

/**
 * The next field's label where the source's name should stand ("来源: 更新时间:2019-12-17"): the
 * page left its source blank, and the label's first words (更新) name no one. A name with a label
 * glued after it (来源:某某网作者:…) is still that name.
 */
const NEXT_LABEL =
  /^(?:更新|发布|发稿|上传|录入|责任)?(?:时间|日期|作者|编辑|责编|记者|审核|浏览|点击|阅读)[^:：]{0,3}[:：]/;

function nameOnLine(line: KeyedText['lines'][number]): string | null {
  const m = LABELLED.exec(line.key);
  if (!m?.[1] || NEXT_LABEL.test(m[1])) return null;
  const at = line.key.indexOf(m[1], m.index);
  let name = line.raw
    .slice(at, at + m[1].length)
    .replace(NEXT_FIELD, '')
    .trim()
    .replace(GATHERED, '');
  const book = BOOK_TITLE.exec(name);
  if (book?.[1]) name = book[1];
  const key = toKey(name);
  if (!/^[\u4e00-\u9fff]{2,12}$/.test(key) || NO_ONE.test(key)) return null;
  if (SITE_SUFFIX.test(key) || ORGAN_END.test(key) || CHANNEL_ONLY.test(key)) return null;
  if (NOT_OUTLET.test(key) && !/^[\u4e00-\u9fff]{2,}门户$/.test(key)) return null;
  return name;
}

/**
 * The name the first source line above the story's body gives, as written, or null; an info
 * line closed by an empty field ("来源:某某  浏览量:") may pass for the body's first line.
 */
export function namedSource(doc: KeyedText, bodyLine: number): string | null {
  for (const line of doc.lines.slice(0, Math.min(bodyLine + 1, 8))) {
    const name = nameOnLine(line);
    if (name) return name;
  }
  return null;
}
