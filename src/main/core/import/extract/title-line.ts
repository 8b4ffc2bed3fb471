/**
 * How one line reads as a title: its words without the page's furniture around them (a
 * column tag, a picture note, a reprinting site's tag, a repost's 原标题 label, a 文号 before a
 * marked title), and whether it looks like a heading at all.
 */
import { undoubled } from './doubled-line';
import { isPictureCaption } from './picture-caption';
import { MAIL_HEADER_LINE, withoutCarrierMarks } from './carrier-lines';
import { PAGE_FIELD_LABEL } from './page-field-label';
import { toKey, type Line } from './text-key';

export interface TitlePick {
  title: string;
  start: number;
  end: number;
  line: number;
  /** The formal title of the document a page's own headline stands over (own-headline.ts). */
  document?: string;
}

/**
 * A site's column tag before a headline ("[新闻]") and its note of pictures after it ("(图)")
 * are page furniture, not the headline.
 */
const COLUMN_TAG = /^\[[^\]]{1,4}\]\s*/;
/** A forum board's place tag after its column tag ("[华中] (湖北武汉)…"): furniture too. */
const BOARD_PLACE_TAG = /^[(（][\u4e00-\u9fff]{2,8}[)）]\s*/;
const PICTURE_NOTE = /\s*[(（](?:组图|多图|图|图文|视频)[)）]$/;
/**
 * An aggregator's column name set after the headline by a space ("… 环球简讯", "… 每日快讯"):
 * a news column's word ends it, and a headline's own second part never ends with one.
 */
// A body's own newsletter (某某 工作简讯, 工作快讯) is the title's own name, no column.
const COLUMN_SUFFIX =
  /\s+[\u4e00-\u9fff]{2,4}(?<!工作)(?:简讯|簡訊|快讯|快訊|资讯|資訊|要闻|要聞|速递|速遞)$/;
/**
 * A repost's label before the story's headline ("原标题：…", traditional "原標題:"): it says
 * where the headline came from, it is no word of it.
 */
const ORIGINAL_TITLE_LABEL = /^原[标標][题題]\s*[:：]\s*/;
/**
 * A reprinting site's tag after a document's title ("…的通知（政府档案）", "…的批复（全文）"):
 * no part of the title. Only a site's own words are such a tag: a bracket the document or
 * its copy writes there (试行, a year, the village a copy is of: …公示（某某村）) stays.
 */
const SITE_TAG =
  /(?<=(?:通知|批复|通报|决定|意见|公告|公示|方案|办法|细则|规定|复函|决议))\s*[(（](?:政府档案|政府檔案|政府文件|全文|附全文|原文|摘要|图解|圖解|附名单|附名單)[)）]$/;
/**
 * The date a document was adopted, set in brackets after its title as a chronicle or a gazette
 * prints it ("…的意见（2012年4月5日）"): the document's date (issue-date.ts reads it there), no
 * word of the title. A bracket with other words in it (试行, 2019年修订) stays.
 */
const DATED_TAIL =
  /(?<=(?:通知|批复|通报|决定|意见|公告|公示|方案|办法|细则|规定|复函|决议|报告|规划|纲要))\s*[(（]\s*[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日\s*[)）]$/;
/**
 * The day or month a page set in brackets after its headline ("…探索路径(2018-6)",
 * "…（2019.11.05）"): the page's date, no word of the headline. A span of years (2018-2020,
 * 2021-25: no month) or a year alone (2018) is part of what the title names and stays.
 */
const PAGE_DATE_TAIL =
  /\s*[(（]\s*(?:19|20)[0-9]{2}[-./](?:0?[1-9]|1[0-2])(?:[-./](?:0?[1-9]|[12][0-9]|3[01]))?\s*[)）]$|\s*[(（]\s*(?:19|20)[0-9]{2}年[0-9]{1,2}月(?:[0-9]{1,2}日)?\s*[)）]$/;
export const withoutSiteTag = (t: string): string =>
  t.replace(SITE_TAG, '').replace(DATED_TAIL, '');
/**
 * A page titling a document by its 文号 and its title in book-title marks
 * ("某府发〔2003〕61号《某市人民政府关于…的通报》", or the marked title alone): the title is
 * what the marks hold.
 */
const MARKED_TITLE =
  /^(?:[\u4e00-\u9fff]{1,12}[〔[（(][0-9]{4}[〕\]）)]\s*[0-9]+\s*[号號]\s*)?《([^《》]{6,})》$/;

export function cleanLine(line: Line): { text: string; start: number } {
  const m = /^[#\s]+/.exec(line.raw);
  let lead = m ? m[0].length : 0;
  lead += ORIGINAL_TITLE_LABEL.exec(line.raw.slice(lead))?.[0].length ?? 0;
  const column = COLUMN_TAG.exec(toKey(line.raw.slice(lead)))?.[0].length ?? 0;
  lead += column;
  if (column > 0) lead += BOARD_PLACE_TAG.exec(line.raw.slice(lead))?.[0].length ?? 0;
  let text = line.raw.slice(lead).replace(/\t+$/, '').trim();
  const carried = withoutCarrierMarks(text);
  lead += line.raw.slice(lead).indexOf(text) + carried.lead;
  text = carried.text;
  const marked = MARKED_TITLE.exec(text);
  if (marked?.[1]) {
    lead += text.indexOf('《') + 1;
    text = marked[1];
  }
  const note =
    PICTURE_NOTE.exec(toKey(text)) ??
    SITE_TAG.exec(toKey(text)) ??
    COLUMN_SUFFIX.exec(toKey(text)) ??
    DATED_TAIL.exec(toKey(text)) ??
    PAGE_DATE_TAIL.exec(toKey(text));
  return { text: undoubled(note ? text.slice(0, note.index) : text), start: line.start + lead };
}

export function pickOf(line: Line): TitlePick {
  const c = cleanLine(line);
  return { title: c.text, start: c.start, end: c.start + c.text.length, line: line.index };
}

export function lineText(line: Line): string {
  return line.trimmed.replace(/^#+\s*/, '').replace(/\t+$/, '');
}

/** A line's words as a title reads them: a document's marked title without its marks. */
export function titleText(line: Line): string {
  const t = lineText(line);
  return MARKED_TITLE.exec(t)?.[1] ?? t;
}

/**
 * A story's credit line: who wrote, shot, edited or proofread it ("文丨某某报记者 张三",
 * "编辑丨李四", "图/王五"), or its byline alone ("某某日报记者 张三"). It names people, never what
 * the story tells, so it is no headline, however short the page's other lines. After its label
 * come names only: "视频丨某县入选…" is a headline its site files under a column, not a credit.
 */
const CREDIT_LABEL =
  '(?:文|图|摄|摄影|图文|文图|文字|撰文|视频|编辑|责编|责任编辑|校对|审核|作者|通讯员)\\s*[丨|｜/:：]\\s*';
const CREDIT_NAMES =
  '(?:[\\u4e00-\\u9fff]{0,12}(?:记者|通讯员)[\\s\\u3000]*)?[\\u4e00-\\u9fff]{2,4}' +
  `(?:[\\s\\u3000、，,]+(?:记者|通讯员|${CREDIT_LABEL})?[\\s\\u3000]*[\\u4e00-\\u9fff]{2,4})*` +
  '(?:[\\s\\u3000]+(?:摄|报道|摄影))?$';
const CREDIT_LINE = new RegExp(
  `^(?:[□■◆●]\\s*)?(?:${CREDIT_LABEL}${CREDIT_NAMES}|` +
    '[\\u4e00-\\u9fff]{0,12}记者(?:[\\s\\u3000]+|\\s*[:：]\\s*)[\\u4e00-\\u9fff]{2,4}(?:[\\s\\u3000]+(?:摄|报道|摄影))?$)',
);

export function looksLikeHeading(t: string): boolean {
  if (t.length < 6 || t.length > 90) return false;
  if (MAIL_HEADER_LINE.test(t) || isPictureCaption(t) || CREDIT_LINE.test(toKey(t))) return false;
  if (/[。；;，,:：]$/.test(t) || PAGE_FIELD_LABEL.test(t) || /[>»]{1,2}|首页|当前位置|\t/.test(t))
    return false;
  return !/^[(（].*[)）]$/.test(t);
}
