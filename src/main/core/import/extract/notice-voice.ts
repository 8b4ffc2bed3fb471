/**
 * Whose voice a page speaks in, weighed from every sign at once: a news page retells an
 * announcement (its headline says units "入选 / 入围 / 被评为 / 被命名为", its body "近日，某部公布
 * …名单"), and wears a website's chrome (字体[大 中 小], 首页, 推荐内容, a timestamp);
 * an organ's own document has a 文号, an addressee line ("各市（州）民政局："), an 附件
 * line, a document title (关于…的通知/公示) and speaks for itself (现将…公布, 现决定…).
 * A page carrying both (a repost of a document inside a story, a document under a cheering
 * headline) goes to the side with more signs.
 */
import { keyOf, type KeyedText } from './text-key';

/** A headline telling what happened to units, in the third person. */
export const RETOLD_HEADLINE =
  /入选|入围|入榜|被(评|命名|确认|认定|公示|授予|列)为|获评|荣获|获得?[^，。]{0,20}称号|榜上有名|上榜|(公布|发布)[0-9一二三四五六七八九十百]+个|(活动|工作)[^，。]{0,4}(结束|揭晓)/;
/**
 * A headline telling that units passed a check ("…全部达标", "…全部通过复核被保留",
 * "…顺利通过市局初验"): an outcome told about them, not an organ's results list.
 */
const PASSED_HEADLINE =
  /(全部|均|顺利|圆满|成功)(达标|通过)|通过[^，。]{0,6}(复核|初验|验收)[^，。]*$/;
/**
 * The body retelling another organ's announcement ("近日，国家减灾委…公布…名单"), its lead also
 * opening on the full date ("2022年12月30日，某委员会印发…").
 */
const RETOLD_ANNOUNCEMENT =
  /(^|\n|[,，])\s*(日前|近日|近期|(?:[0-9]{4}年)?[0-9]{1,2}月[0-9]{1,2}日)[,，]?\n?[^。；\n]{0,60}(公布|发布|发文|印发|公示|揭晓|出台|命名表彰)/;
/**
 * A check by a visiting team told after the fact ("省第四考核组对我市…进行了考核验收", "专家组
 * …到江安县…进行了实地踏勘验收"): the page reports the visit; the team's organ decides.
 */
const INSPECTION_TOLD =
  /(考核|验收|检查|评估|督导|专家)组[^。]{0,100}(进行了|开展了)[^。，]{0,12}(验收|考核|检查|评估|初验)/;
/**
 * A website's furniture around a story, and the editors who signed it off (责任编辑, or the
 * 初审/复审/终审 lines of a newsroom's three reviews), or the one who compiled it from others'
 * pages (a line "整理丨某某", "整理：某某"), or a journal database's mark opening an article's
 * abstract (<正>): an article tells of others' acts, never issues one.
 */
const PAGE_CHROME =
  /(^|\n)\s*(责任编辑|责编|本期编辑|初审|复审|终审)[:：]|(^|\n)\s*(编辑)?整理\s*[丨|｜∣:：]|字体[:：]?\s*\[?\s*大|字号[:：]|(^|\n)\s*首页\s|推荐内容|关于作者|网易号|阅读[:：]|[(（](完|转发|转载)[)）]|(^|\n)[^\n]{0,20}[0-9]{1,2}[:：][0-9]{2}(?::[0-9]{2})?\s*(\n|$)|(^|\n)\s*[<＜]正[>＞]/;
/**
 * The foot of an office's news item on its own site ("上报单位：某处 | 信息作者：某某"): the
 * office tells of its list; the list is the document it cites, not this page. (A 信息来源 line
 * names the office posting its own page: no sign.)
 */
const INFO_ITEM_FOOT = /信息作者[:：]|(^|\n)\s*上报单位[:：]/;
/**
 * A headline's dash subtitle placing the piece in a numbered series of write-ups ("——某区志愿
 * 服务案例（一）", "——基层治理巡礼之三"): a piece told about its unit, no organ's document.
 * Matched on the key, so the series number may be written in traditional characters too.
 */
const SUBTITLE_CHARS = 200;
const SERIES_SUBTITLE =
  /(^|\n)\s*(——|--)\s*[^\n。；]{2,40}?(案例|故事|报道|巡礼|纪实|掠影)\s*(\([一二三四五六七八九十0-9]+\)|之[一二三四五六七八九十0-9]+)\s*(\n|$)/;
/**
 * A page explaining what others decided rather than doing an act of its own: a content site's
 * compilation in its editor's voice ("小编整理…", "小编为大家…"), or an encyclopedia's entry
 * ("本词条是多义词", "更多义项").
 */
const EXPLAINER = /小编|本词条|(?:更多|其他|共[0-9一二三四五六七八九十]+个)义项/;
/**
 * A title explaining a programme or a document ("国家新型城镇化综合试点解读", "…答记者问", "一图读懂…"):
 * the page tells what others decided and why, it decides nothing itself.
 */
const EXPLAINED_TITLE = /解读$|答记者问|一图读懂/;
/**
 * A forum thread's furniture: its posting buttons (发新话题, 回复该主题, 复制链接, 只看该作者,
 * 显示全部楼层), its counters (查看: 19669|回复: 0), the poster's standing (版主, 积分, 楼主) on
 * lines of their own, the poster's IP place (IP属地): someone passing on what they read,
 * however whole the document they paste.
 */
const FORUM_CHROME =
  /发新话题|回复该主题|只看该作者|显示全部楼层|复制链接|IP属地[:：]|查看[:：]\s*[0-9]+\s*[|｜]\s*回复[:：]|(^|\n)\s*(版主|积分|楼主)\s*(\n|$)/;
/** The addressee of an organ's document, on its own line. */
const ADDRESSEE = /(^|\n)\s*各[^。；\n]{1,60}[:：]\s*(\n|$)/;
const ATTACHMENT = /(^|\n)\s*附件\s*[0-9]?\s*[:：]/;
/** A government page's disclosure fields (索引号, 发布机构, 成文日期): the organ publishes its own document. */
const DISCLOSURE = /(索引号|发布机构|发文机关|成文日期)\s*[:：]/;
/** A title shaped like a document's. */
const DOCUMENT_TITLE = /^关于.*(通知|批复|公示|公告|通报|决定|意见|方案|函)$/;
/** Whether a title is shaped like an organ's document ("关于…的实施意见"). */
export const isDocumentTitle = (title: string): boolean => DOCUMENT_TITLE.test(keyOf(title));
/** The organ speaking for itself. */
const OWN_ACT = /现将|现予|予以公示|现决定|特此(通知|公告|公示|批复)/;

export interface VoiceSigns {
  doc: KeyedText;
  title: string | null;
  docNo: string | null;
}

/** Signs of a story minus signs of an organ's own document: above zero the page is news. */
export function newsWeight({ doc, title, docNo }: VoiceSigns): number {
  const t = title ? keyOf(title) : '';
  const key = doc.key;
  let weight = 0;
  if (t && RETOLD_HEADLINE.test(t) && !DOCUMENT_TITLE.test(t)) weight++;
  if (RETOLD_ANNOUNCEMENT.test(key)) weight++;
  if (PAGE_CHROME.test(key)) weight++;
  if (SERIES_SUBTITLE.test(key.slice(0, SUBTITLE_CHARS))) weight++;
  return weight - documentSigns({ doc, title, docNo });
}

/** A story that quotes the document it retells ("通知原文如下："): what follows is that document's. */
const QUOTED_DOCUMENT = /(原文|全文)如下/;

/**
 * The signs of an organ's own document (a 文号 counts twice); an addressee or 附件 in the
 * document a story quotes after "原文如下" belongs to that document, not to the page.
 */
export function documentSigns({ doc, title, docNo }: VoiceSigns): number {
  const t = title ? keyOf(title) : '';
  const quoted = QUOTED_DOCUMENT.exec(doc.key);
  const key = quoted ? doc.key.slice(0, quoted.index) : doc.key;
  let signs = 0;
  if (docNo) signs += 2;
  if (ADDRESSEE.test(key)) signs++;
  if (ATTACHMENT.test(key)) signs++;
  if (DOCUMENT_TITLE.test(t)) signs++;
  if (OWN_ACT.test(key)) signs++;
  if (DISCLOSURE.test(key)) signs++;
  return signs;
}

/**
 * Signs that weigh only on the page's role, not on how its lists are read: a headline
 * telling that units passed a check, a check told after the fact, a forum thread's
 * furniture, and a page explaining others' acts (an editor's compilation, an encyclopedia's
 * entry, a title explaining a programme).
 */
export function reportedCheck({ doc, title }: VoiceSigns): number {
  const t = title ? keyOf(title) : '';
  return (
    (t && PASSED_HEADLINE.test(t) && !DOCUMENT_TITLE.test(t) ? 1 : 0) +
    (INSPECTION_TOLD.test(doc.key) ? 1 : 0) +
    (INFO_ITEM_FOOT.test(doc.key) ? 1 : 0) +
    (FORUM_CHROME.test(doc.key) ? 1 : 0) +
    (EXPLAINER.test(doc.key) || EXPLAINED_TITLE.test(t) ? 1 : 0)
  );
}
