/**
 * Picks the notice's title among its lines: never blindly the first line (web pages
 * start with breadcrumbs, reprints with an unrelated heading). A title looks like one
 * (关于…的通知/批复, …名单, names a programme) or is the headline above the body that the
 * body is about; it sits above the first sentence of the body (a list heading further down
 * is not the notice's title). A page's <title> carries the site's name after a separator
 * ("…_某某门户网站"): the headline in the page body is taken instead, without it.
 */
import { undoubled } from './doubled-line';
import { infoLineAfterField } from './page-info-line';
import { isPictureCaption } from './picture-caption';
import { ownHeadlineOverDocument } from './own-headline';
import { MAIL_HEADER_LINE, withoutCarrierMarks } from './carrier-lines';
import { exclaimedHeadlineLine } from './exclaimed-headline';
import { RETOLD_HEADLINE } from './notice-voice';
import { kindNamed } from './programme';
import { splitRegionKey } from './region-heuristic';
import { isSummaryLine } from './summary-line';
import { isFurnitureLine } from './info-line-stamp';
import { toKey, type KeyedText, type Line } from './text-key';

// A disclosure page's own fields (发布机构：…, 备注/文号：…, 公文生成日期：…) label the document too.
const META =
  /^(时间|发布时间|发布日期|发布于|日期|来源|文章来源|信息来源|作者|字体|字号|浏览|点击|索引号|成文日期|发文|主题词|分享|打印|附件|当前位置|您的位置|设为首页|网页截图|发布机构|备注\/文号|文号[:：]|公文生成日期)/;
// …的调研报告, …的考察报告: a survey's written report is titled as a report is.
const ABOUT =
  /关于.{2,}的(通知|批复|通报|决定|意见|函|公告|公示|(?:调研|考察)?报告|请示|复函|决议)$/;
const DOC_TYPE = /(通知|批复|通报|决定|意见|公告|公示|名单|方案|办法|细则|规定|复函|决议)$/;
const GENERIC =
  /关于|通知|批复|通报|决定|意见|公告|公示|名单|方案|办法|工作|全面|推进|进一步|开展|加强|有关|事项|实施/g;
/** "…_某某省民政厅门户网站", "… - 中国网", "…|新华网": the site's name after the headline. */
const SITE_SUFFIX = /\s*[_|｜]\s*[^_|｜]{2,30}$|\s+[-—–]\s+[^-—–]{2,20}$/;

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
const withoutSiteTag = (t: string): string => t.replace(SITE_TAG, '').replace(DATED_TAIL, '');
/**
 * A page titling a document by its 文号 and its title in book-title marks
 * ("某府发〔2003〕61号《某市人民政府关于…的通报》", or the marked title alone): the title is
 * what the marks hold.
 */
const MARKED_TITLE =
  /^(?:[\u4e00-\u9fff]{1,12}[〔[（(][0-9]{4}[〕\]）)]\s*[0-9]+\s*[号號]\s*)?《([^《》]{6,})》$/;

function cleanLine(line: Line): { text: string; start: number } {
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
    DATED_TAIL.exec(toKey(text));
  return { text: undoubled(note ? text.slice(0, note.index) : text), start: line.start + lead };
}

function pickOf(line: Line): TitlePick {
  const c = cleanLine(line);
  return { title: c.text, start: c.start, end: c.start + c.text.length, line: line.index };
}

function lineText(line: Line): string {
  return line.trimmed.replace(/^#+\s*/, '').replace(/\t+$/, '');
}

/** A line's words as a title reads them: a document's marked title without its marks. */
function titleText(line: Line): string {
  const t = lineText(line);
  return MARKED_TITLE.exec(t)?.[1] ?? t;
}

function looksLikeHeading(t: string): boolean {
  if (t.length < 6 || t.length > 90) return false;
  if (MAIL_HEADER_LINE.test(t) || isPictureCaption(t)) return false;
  if (/[。；;，,:：]$/.test(t) || META.test(t) || /[>»]{1,2}|首页|当前位置|\t/.test(t))
    return false;
  return !/^[(（].*[)）]$/.test(t);
}

function score(line: Line, total: number): number {
  const t = withoutSiteTag(titleText(line));
  if (!looksLikeHeading(t)) return -1;
  let s = 0;
  if (ABOUT.test(t)) s += 10;
  if (DOC_TYPE.test(t)) s += 6;
  if (/名单|公示/.test(t)) s += 2;
  if (kindNamed(t)) s += 3;
  if (s === 0) return -1;
  if (/^#/.test(line.trimmed)) s += 1;
  s += 2 * (1 - line.index / Math.max(1, total));
  return s;
}

/** How long a headline that ends in ！ or ？ may be ("福建这15个地方太牛了！又添一项“国字号”荣誉！"). */
const HEADLINE_CHARS = 40;

/**
 * The first line of the body: a sentence paragraph (ending 。！？, or introducing with ：).
 * A short exclamation or question with no full stop in it is a story's headline, not its
 * first sentence.
 */
export function bodyStart(doc: KeyedText): number {
  let summary: number | null = null;
  for (const line of doc.lines) {
    const t = line.trimmed;
    if (t.length < 20 || !/[。！？!?:：]$/.test(t) || line.raw.includes('\t')) continue;
    if (isFurnitureLine(t)) continue;
    if (/[！？!?]$/.test(t) && t.length <= HEADLINE_CHARS && !/[。；]/.test(t)) continue;
    if (summary === null && isSummaryLine(t)) {
      summary = line.index;
      continue;
    }
    return summary === null || storyOpensBelow(doc, summary, line.index) ? line.index : summary;
  }
  return summary ?? doc.lines.length;
}

/** The most lines (a byline, a dateline, a source) a story opens below its labelled summary. */
const SUMMARY_TO_STORY = 3;

/**
 * Whether the sentence at `at` is the story opening under the summary at `summary`, only its
 * byline lines between: a summary with no story under it (an organ's 摘要-led paragraph over its
 * list) is the body itself, and a sentence far below it is no opening.
 */
function storyOpensBelow(doc: KeyedText, summary: number, at: number): boolean {
  const between = doc.lines.slice(summary + 1, at).filter((l) => l.trimmed !== '');
  return between.length <= SUMMARY_TO_STORY;
}

/** The page's own headline for a <title> hint: the hint without the site's name. */
export function headlineOfHint(hint: string | undefined): string | null {
  if (!hint) return null;
  let h = hint.trim();
  for (let i = 0; i < 2 && SITE_SUFFIX.test(h); i++) {
    const cut = h.replace(SITE_SUFFIX, '').trim();
    if (cut.length < 6) break;
    h = cut;
  }
  return h.length >= 6 ? h : null;
}

/** A headline's words only: quotes, punctuation and spaces are how a copy sets them. */
const headlineWords = (t: string): string => toKey(t).replace(/[^\u4e00-\u9fff0-9A-Za-z]/g, '');
/** The least a cut headline keeps for a longer line to be taken as its whole. */
const CUT_HEADLINE_CHARS = 10;

/**
 * Whether `line` goes on with more words right where `cut`'s words end (mid-word, or into a
 * quote), not after a space or a bracket that sets another field beside a whole headline
 * ("…的通知 某民发〔2023〕2号", "…的通知 ( 2020-08-28 )", a second headline).
 */
function goesOnFrom(line: string, cut: string): boolean {
  let seen = 0;
  for (let i = 0; i < line.length; i++) {
    if (/[\u4e00-\u9fff0-9A-Za-z]/.test(line[i] ?? '')) seen++;
    if (seen === cut.length) return /^["“‘「『]?[\u4e00-\u9fff0-9A-Za-z]/.test(line.slice(i + 1));
  }
  return false;
}

/**
 * A headline a page's template cut short (its <title> and heading "…社区获全国最美志愿") is
 * the whole one the page prints above its body ("…社区获全国“最美志愿服务社区”称号"): the
 * line that starts with the cut one's words and goes on with more of them.
 */
function wholeHeadline(doc: KeyedText, pick: TitlePick, limit: number): TitlePick {
  const cut = headlineWords(pick.title);
  if (cut.length < CUT_HEADLINE_CHARS) return pick;
  for (const line of doc.lines) {
    if (line.index >= limit) break;
    const t = lineText(line);
    const words = headlineWords(t);
    if (words.length <= cut.length || !words.startsWith(cut) || !looksLikeHeading(t)) continue;
    if (!goesOnFrom(t, cut)) continue;
    const c = cleanLine(line);
    return { title: c.text, start: c.start, end: c.start + c.text.length, line: line.index };
  }
  return pick;
}

export function pickTitle(doc: KeyedText, hint?: string): TitlePick | null {
  const pick = pickTitleAsSet(doc, hint);
  return pick ? wholeHeadline(doc, pick, bodyStart(doc)) : null;
}

function pickTitleAsSet(doc: KeyedText, hint?: string): TitlePick | null {
  const limit = bodyStart(doc);
  const total = doc.lines.length;
  let best: TitlePick | null = null;
  let bestScore = 2.5;
  for (const line of doc.lines) {
    // Above the body any heading may be the title; below it only a formal one (关于…的通知),
    // as a compilation prints the notice it reports on (a list's own heading is not it).
    if (line.index >= limit && !ABOUT.test(lineText(line))) continue;
    const s = score(line, total);
    if (s > bestScore) {
      const c = cleanLine(line);
      bestScore = s;
      best = { title: c.text, start: c.start, end: c.start + c.text.length, line: line.index };
    }
  }
  const headline = headlineOfHint(hint);
  // A formal title printed only after a list is a document the file reprints (a workbook's
  // second sheet); the file's own title, when it reads as one, names the file.
  if (best && headline && listBefore(doc, best.line) && looksLikeHeading(headline)) {
    const inText = doc.lines.some((l) => lineText(l) === toKey(headline.trim()));
    if (!inText) return { title: headline, start: 0, end: 0, line: -1 };
  }
  if (best) {
    // Over a formal document title, the page's own headline over its info line is the title
    // whatever it tells (own-headline.ts); over a list heading, one telling what befell units.
    const formal = ABOUT.test(best.title) ? best.title : null;
    const story = headlineOverInfoLine(doc, limit, formal);
    if (story && story.line < best.line) return formal ? { ...story, document: formal } : story;
  }
  // A story's cheering headline over the document or list heading it quotes is the page's title
  // (over another headline, never: a reader's reply or a site's greeting may exclaim too).
  const quoted = best !== null && (best.line >= limit || DOC_TYPE.test(toKey(best.title)));
  const cheer = best && quoted ? exclaimedHeadlineLine(doc, Math.min(limit, best.line)) : null;
  if (cheer) return pickOf(cheer);
  if (best) return withSecondLine(doc, withHeadLine(doc, overSubtitle(doc, best)), limit);
  // No line reads like a document title: a page's headline, as its <title> names it.
  if (headline) {
    const own = hintedTitle(doc, headline, limit, total);
    if (own) return own;
  }
  // A story's headline over its info line tells what befell units even when the body, a
  // table, has too little prose to echo it.
  return (
    headlineAbove(doc, limit) ??
    headlineOverInfoLine(doc, limit) ??
    titleOverTable(doc) ??
    // …and a cheering headline the body hardly echoes is still the story's own.
    nullablePick(exclaimedHeadlineLine(doc, limit))
  );
}

const nullablePick = (line: Line | null): TitlePick | null => (line ? pickOf(line) : null);

/**
 * A sheet's title row: the file's first line set right above a table's first row (a CSV
 * exported from a workbook keeps the merged title in its first cell and has no file title of
 * its own). The table below it has no prose to echo its words, so it is taken as it stands.
 */
function titleOverTable(doc: KeyedText): TitlePick | null {
  const [first, next] = doc.lines.filter((l) => l.trimmed !== '');
  if (!first || !next || !next.raw.includes('\t') || first.raw.includes('\t')) return null;
  const t = lineText(first);
  if (!looksLikeHeading(t) || t.length < 8) return null;
  const c = cleanLine(first);
  return { title: c.text, start: c.start, end: c.start + c.text.length, line: first.index };
}

/** How many lines a document title wrapped above its last line may take. */
const WRAPPED_LINES = 3;

/**
 * A document title wrapped over two lines or more, as Word sets a long one ("关于开展某区2021
 * 社区服务精品项目" / "中期评估的通知", or the issuing organs, 关于命名 and the units named over
 * three): the last line reads as a title by its ending, but the title is all of them, joined as
 * written from the line that holds 关于.
 */
function withHeadLine(doc: KeyedText, pick: TitlePick): TitlePick {
  if (toKey(pick.title).includes('关于')) return pick;
  const above = doc.lines.filter((l) => l.index < pick.line && l.trimmed !== '');
  let text = pick.title;
  for (let k = 1; k <= WRAPPED_LINES; k++) {
    const prev = above.at(-k);
    if (!prev) return pick;
    const t = lineText(prev);
    if (!looksLikeHeading(t) || DOC_TYPE.test(t)) return pick;
    const c = cleanLine(prev);
    text = `${c.text}${text}`;
    if (!t.includes('关于')) continue;
    if (!ABOUT.test(toKey(text))) return pick;
    return { title: text, start: c.start, end: pick.end, line: prev.index };
  }
  return pick;
}

/**
 * A subtitle set under its headline with a dash ("书香满社区" / "——某区志愿服务案例（一）") names
 * the series the piece belongs to, which is what makes it score as a title: the headline above
 * it is the title.
 */
function overSubtitle(doc: KeyedText, pick: TitlePick): TitlePick {
  if (!/^(——|－－|--)/.test(pick.title)) return pick;
  const prev = doc.lines.filter((l) => l.index < pick.line && l.trimmed !== '').at(-1);
  if (!prev || !looksLikeHeading(lineText(prev))) return pick;
  const c = cleanLine(prev);
  return { title: c.text, start: c.start, end: c.start + c.text.length, line: prev.index };
}

/**
 * A headline set in two lines, the second telling the local outcome
 * ("第七届全国文明村镇拟命名名单公示" / "珲春市2村上榜"): the title is both lines. A page
 * printing its headline twice, the copy right under it, has one headline.
 */
function withSecondLine(doc: KeyedText, pick: TitlePick, limit: number): TitlePick {
  const next = doc.lines.find((l) => l.index > pick.line && l.trimmed !== '');
  if (!next || next.index >= limit) return pick;
  const t = lineText(next);
  // The copy compared as a title reads it (its column name after it dropped, as the pick's).
  const c = cleanLine(next);
  if (t === toKey(pick.title).trim() || toKey(c.text).trim() === toKey(pick.title).trim())
    return pick;
  if (t.length > 20 || /[，。；,:：!?！？]/.test(t) || !RETOLD_HEADLINE.test(t)) return pick;
  return { ...pick, title: `${pick.title} ${c.text}`, end: c.start + c.text.length };
}

/**
 * A story's headline: the first line, set right above the page's info line (浏览次数, 字体,
 * 发布时间…) and telling what befell units ("厉害！恭喜西江这个村入选“国家森林乡村”"). It is
 * the page's title over a list heading the story quotes further down. Over the formal title of a
 * document the page reposts, the page's own headline is its title whatever it tells
 * (own-headline.ts), wherever the page sets it over its info line: below its <title>'s copy and
 * its navigation too.
 */
function headlineOverInfoLine(
  doc: KeyedText,
  limit: number,
  formal: string | null = null,
): TitlePick | null {
  const above = doc.lines.filter((l) => l.trimmed !== '' && l.index < limit);
  const at = formal ? above.findIndex((l) => isInfoLine(lineText(l))) : 1;
  const first = above[at - 1];
  const next = above[at];
  if (!first || !next || !isInfoLine(lineText(next))) return null;
  const t = lineText(first);
  const own = formal ? ownHeadlineOverDocument(t, formal) : RETOLD_HEADLINE.test(toKey(t));
  if (!looksLikeHeading(t) || !own) return null;
  const c = cleanLine(first);
  return { title: c.text, start: c.start, end: c.start + c.text.length, line: first.index };
}

const isInfoLine = (t: string): boolean => META.test(t) || infoLineAfterField(t);

/** A table row (TAB-separated) above the line. */
function listBefore(doc: KeyedText, line: number): boolean {
  return doc.lines.some((l) => l.index < line && l.raw.includes('\t'));
}

/** The hinted headline as the title: its line above the body, or itself when it reads as one. */
function hintedTitle(
  doc: KeyedText,
  headline: string,
  limit: number,
  total: number,
): TitlePick | null {
  // The hint keeps the page's full-width punctuation; the lines are keyed (half-width).
  const line = doc.lines.find((l) => l.index < limit && lineText(l) === toKey(headline).trim());
  if (line) {
    const c = cleanLine(line);
    return { title: c.text, start: c.start, end: c.start + c.text.length, line: line.index };
  }
  // Not in the body (a junk filter took the headline): trusted only when it reads as a title.
  const fake: Line = {
    index: 0,
    start: 0,
    end: 0,
    raw: headline,
    key: toKey(headline),
    trimmed: toKey(headline),
    trimmedStart: 0,
  };
  return score(fake, total) > 2.5 ? { title: headline, start: 0, end: 0, line: -1 } : null;
}

/** A year heading a headline, not a date: 年 with no month after it, or words right after. */
const YEAR_LED =
  /^(?:19|20)[0-9]{2}(?:年(?![0-9一二三四五六七八九十]{1,2}月)|(?!年)[\u4e00-\u9fff])/;
/** A count heading a headline ("59个城镇列入…", "3家单位入选…"): what it tells, not a number line. */
const COUNT_LED = /^[0-9]{1,4}(?:个|家|地|项|名|所|处|条|批)/;

/**
 * A news headline: the first heading-like line above the body, when the body is about it
 * (it repeats most of the headline's words). A form field or a site's name is not.
 */
function headlineAbove(doc: KeyedText, limit: number): TitlePick | null {
  for (const line of doc.lines) {
    if (line.index >= limit) break;
    if (line.trimmed === '') continue;
    const t = lineText(line);
    // A 文号 or a date line is no headline; one opening with the year or the count of what it
    // tells ("2017中国十大…", "2014年全市…", "59个城镇列入…") is.
    if (
      !looksLikeHeading(t) ||
      t.length < 8 ||
      (/^\d/.test(t) && !YEAR_LED.test(t) && !COUNT_LED.test(t)) ||
      /^[A-Za-z]|〔|\[\d{4}\]|[(（]\d{4}[)）]/.test(t)
    )
      continue;
    const c = cleanLine(line);
    const pick = { title: c.text, start: c.start, end: c.start + c.text.length, line: line.index };
    if (titleRelatedness(doc, pick) >= 0.6) return pick;
  }
  return null;
}

/**
 * The character pairs of each run of Chinese text: a pair across punctuation or a number
 * ("名单！秭归", "5个") is no word the body could repeat.
 */
function bigrams(text: string): Set<string> {
  const out = new Set<string>();
  for (const run of text.split(/[^\u4e00-\u9fff]+/))
    for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i, i + 2));
  return out;
}

/**
 * Share of the title's content words the rest of the text repeats. A real title's
 * topic recurs in its body; an unrelated heading spliced on top (another document's
 * title) shares little beyond generic words.
 */
export function titleRelatedness(doc: KeyedText, pick: TitlePick): number {
  const key = pick.end > pick.start ? doc.key.slice(pick.start, pick.end) : toKey(pick.title);
  const body = doc.key.slice(0, pick.start) + doc.key.slice(pick.end);
  const whole = echoed(key, body) ?? 1;
  // A headline shouting in clauses ("某部批复！某省5地入选！快看有你家乡吗？") is about its
  // body when one of its clauses is: the others are the page's calls to read on.
  const clauses = key.split(/[!?]+/).filter((c) => /[\u4e00-\u9fff]{2}/.test(c));
  if (clauses.length < 2) return whole;
  const each = clauses.map((c) => echoed(c, body)).filter((r): r is number => r !== null);
  return Math.max(whole, ...each);
}

/** The share of a title's content pairs the body repeats; null when it has none. */
function echoed(title: string, body: string): number | null {
  let key = title.replace(GENERIC, ' ');
  const region = splitRegionKey(key.trim());
  if (region) key = key.trim().slice(region.end);
  const grams = bigrams(key);
  if (grams.size === 0) return null;
  let hit = 0;
  for (const g of grams) if (body.includes(g)) hit++;
  return hit / grams.size;
}

/** The body has prose to echo a title: a list under its title (a table, a sheet) has not. */
export function proseChars(doc: KeyedText, pick: TitlePick): number {
  let chars = 0;
  for (const line of doc.lines) {
    if (line.index === pick.line || line.raw.includes('\t')) continue;
    if (/[。，；]/.test(line.trimmed)) chars += line.trimmed.length;
  }
  return chars;
}
