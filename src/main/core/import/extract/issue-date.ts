/**
 * The notice's date from its text, best evidence first: 成文日期, a date alone on a
 * signature line at the end, a labelled publication date (发布时间：2020/12/31, 发布于 …, a
 * mirror's bare 發布：2022-04-16)
 * nearest after the title, a page's date line ("2014-11-11 来源：…", "05.01.2015 10:29"),
 * a date beside a page's byline fields ("来源：某某日报  2024年7月5日", "2014年02月28日 来源：…"),
 * a paper's masthead line at the head (中国妇女报 2025年6月9日, `masthead-date.ts`),
 * a news dateline (新华社北京3月18日电) with the year from context, or with its own year
 * (2022年12月16日讯). A file's own date
 * (Word properties, a page's meta tag) is no evidence of the text: the caller keeps it
 * apart and flags it.
 */
import { findDates, isoDate, parseMonthDay } from './dates';
import { infoLineStamp } from './info-line-stamp';
import { gluedSignature } from './glued-signature';
import { leadDate } from './lead-date';
import { mastheadDate } from './masthead-date';
import { toKey, type KeyedText } from './text-key';
import { relatedStampLines } from './related-stamps';
import { datesEventBelow } from './event-date-line';
import { forumPostLine, showsOwnDocNumber } from './forum-post-date';

const ORGAN_LINE = /(部|厅|局|委员会|政府|办公厅|办公室|处|中心|[)）])$/;
/**
 * A forum's profile lines (注册时间, 在线时间, 登录时间) date the poster's account, not the
 * notice: 时间 after such a word is no label of the page's date. Nor is the time of an event
 * the notice announces or reports (评估时间, 会议时间, 报名时间, 截止时间…), nor a 公示's
 * window (公示时间：10月11日——10月17日): the notice is dated before it. A page may set its
 * publication label in brackets or off by a bar ("[发布日期] 2020-12-24", "发布时间 | 2023-04-25
 * 08:50"), and a site in two languages labels it in English too (TIME:2018-04-18).
 */
const LABELLED =
  /((?:TIME|Time|DATE|Date)(?=\s*[:：])|发布(?:时间|日期)\s*(?:[\]】］]|[|｜])|成文日期|发文日期|印发日期|发布时间|发布日期|发布于|发布(?=\s*[:：])|发表于|(?<!注册|在线|登录|加入|评估|评审|验收|检查|考核|活动|会议|培训|报名|申报|受理|截止|开始|结束|举办|考试|公示)时间|日期)\s*[:：]?\s*/g;
/** The labels other than a forum post's own 发表于. */
const LABELLED_NOT_POSTED = new RegExp(LABELLED.source.replace('|发表于|', '|'), 'g');
const DATELINE =
  /[\u4e00-\u9fff]{2,8}?([0-9]{1,2}|[一二三四五六七八九十]{1,3})月([0-9]{1,3}|[一二三四五六七八九十]{1,3})日电/;

function labelled(doc: KeyedText, label: RegExp, after: number): string | null {
  let best: { iso: string; dist: number } | null = null;
  for (const m of doc.key.matchAll(label)) {
    const at = (m.index ?? 0) + m[0].length;
    const date = findDates(doc.key.slice(at, at + 24))[0];
    if (!date || date.index !== 0 || !date.iso) continue;
    const dist = at >= after ? at - after : 1e6 + (after - at);
    if (!best || dist < best.dist) best = { iso: date.iso, dist };
  }
  return best?.iso ?? null;
}

/** A date alone on its line: after a signature line (民政部 / 2019年3月25日), or the last one. */
function signatureDate(doc: KeyedText): string | null {
  const lines = doc.lines.filter((l) => l.trimmed !== '');
  const texts = lines.map((l) => l.trimmed);
  let last: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]?.trimmed ?? '';
    if (t.length > 24) continue;
    const d = findDates(t)[0];
    if (!d || !d.iso) continue;
    // "湖北省民政厅　2022年1月20日": the organ signs and dates on one line.
    const before = t.slice(0, d.index).trim();
    if (before.length >= 3 && ORGAN_LINE.test(before) && t.slice(d.index + d.length).trim() === '')
      return d.iso;
    if (t.replace(/\s/g, '').length - d.length > 4) continue;
    const prev = lines[i - 1]?.trimmed ?? '';
    if (prev.length <= 30 && ORGAN_LINE.test(prev)) return d.iso;
    if (datesEventBelow(texts, i)) continue;
    last = d.iso;
  }
  return last;
}

/** A dateline with its year: "2022年12月16日讯：昨天，…". */
const DATED_LINE = /((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日讯/;

function dateline(doc: KeyedText, yearHint: number | null): string | null {
  const dated = DATED_LINE.exec(doc.key.slice(0, 2000));
  if (dated) {
    const iso = isoDate(Number(dated[1]), Number(dated[2]), Number(dated[3]));
    if (iso) return iso;
  }
  const m = DATELINE.exec(doc.key.slice(0, 2000));
  if (!m || yearHint === null) return null;
  const md = parseMonthDay(m[0].slice(m[0].search(/[0-9一二三四五六七八九十]+月/)));
  return md ? isoDate(yearHint, md.month, md.day) : null;
}

/**
 * A line that starts with a page's date: "2014-11-11 来源：…", "2021-12-12 1 1 河北日报 …"; a
 * PDF's text may glue the byline label to the date ("2021-07-16来源：某某网"), and a site may
 * print the date with a closing slash before its time ("2020/01/08/ 05:37来源：…").
 */
const DATE_LINE =
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\/?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?=\s|$|(?:文章|信息|稿件)?(?:[来來]源|[来來]自|作者|编辑|編輯)\s*[:：])/;
/** The same stamp after the outlet or editor's name: "新湖南客户端 2021-12-27 18:29:29". */
const NAMED_STAMP =
  /^(?:[\u4e00-\u9fff]{2,12}\s+){1,2}(\d{4})-(\d{1,2})-(\d{1,2})\s+\d{1,2}:\d{2}(?::\d{2})?(?=\s|$)/;
/** …or written out, after the reporter's name ("王某某　2024年01月27日08:32 | 来源：某报"). */
const NAMED_WRITTEN_STAMP =
  /^(?:[\u4e00-\u9fff]{2,12}\s+){1,2}(\d{4})年(\d{1,2})月(\d{1,2})日\s*\d{1,2}:\d{2}(?::\d{2})?(?![0-9:])/;
/** A forum post's byline: the poster's handle, a dash, the post's date and time ("abc123 - 2021/8/26 22:09:00"). */
const POSTER_STAMP =
  /^[^\s，。：:]{2,24}\s+[-－—]\s+(\d{4})[-/](\d{1,2})[-/](\d{1,2})\s+\d{1,2}:\d{2}(?::\d{2})?\s*$/;
/** Day first, as some sites print it: "05.01.2015 10:29". */
const DAY_FIRST = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?=\s|$)/;

/**
 * The stamp written out ("2022年04月03日 08:39　来源：…"; a PDF's text may glue the source
 * label to the time, "…08:39来源："), its time written out too ("2017年06月22日08时00分"), or
 * with a two-digit year and its time ("17-03-28 14:34"). The time in words ends the stamp or
 * stands apart from what follows: a sentence opens with one it counts from ("…08时00分起，…").
 */
const WRITTEN_STAMP =
  /^(\d{4})年(\d{1,2})月(\d{1,2})日\s*(?:\d{1,2}:\d{2}(?::\d{2})?(?![0-9:])|\d{1,2}时\d{1,2}分(?:\d{1,2}秒)?(?=\s|$))/;
/**
 * The stamp at the end of a source line ("来源：红网　编辑：某某　2019-05-27 08:52:48"); a copied
 * page may run the outlet's name into it ("来源: 某某网2023-07-03 09:34:54"): with its time and
 * nothing after, it is still the stamp.
 */
const SOURCE_STAMP =
  /^(?:文章|信息)?来源\s*[:：].{0,40}?(?:\s|(?<=[\u4e00-\u9fff]))(\d{4})-(\d{1,2})-(\d{1,2})\s+\d{1,2}:\d{2}(?::\d{2})?\s*$/;
/**
 * A site's address opening a stamp line, before the day in figures: its host ends in the domain's
 * letters, where a numbered clause or a figure ("3.2 2019.12.01 起施行") is all digits.
 */
const SITE_ADDRESS =
  /^(?:https?:\/\/)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:\/\S*)?\s+(?=\d{4}[-/.]\d)/i;
const SHORT_YEAR_STAMP = /^(\d{2})-(\d{1,2})-(\d{1,2})\s+\d{1,2}:\d{2}(?::\d{2})?(?=\s|$)/;

/** A byline label at a page's head or foot: 来源 (or 来自), 作者, 编辑 and their kin. */
const BYLINE_LABEL =
  /^(?:文章|信息|稿件)?(?:来源|来自|作者|编辑|责任编辑|责编|审核|稿源|字数|版次|版面)\s*[:：]/;
const BYLINE_MAX = 60;
/**
 * A page's own furniture on its info line: the reader's font size (字体：[大 中 小]), a count of
 * views (查看: 59136, 浏览次数), a paper's page (第A01版). A line starting with a date and
 * carrying these is the page's stamp, whatever separates them (a space, a bar, a dot).
 */
const PAGE_FIELD_WORD = '(?:字体|字号|浏览|点击|阅读|查看)(?:次数|量)?\\s*[:：]';
const PAGE_FIELD = new RegExp(`${PAGE_FIELD_WORD}|第[A-Z]?[0-9]{1,3}版`);
/** What sets the fields off the date: a space, a bar, a dot, or nothing before a field's label. */
const FIELD_SEPARATOR = new RegExp(`^(?:\\s|\\s*[|｜·•・]|${PAGE_FIELD_WORD})`);
/**
 * What may follow the date on a byline line: its time, then nothing or more of the page's
 * fields, set off by a bar ("来源：某网 | 2019-12-24 | 0 条评论") or labelled after a space
 * ("来源: 某社 2024-09-15 07:14:22 字体：[大 中 小]"), or a paper's page name alone after a
 * space ("字数：420 2024年01月26日 要闻"). Words run on into the date are no field.
 */
const FIELDS_AFTER =
  /^(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*$|\s*\||\s+[\u4e00-\u9fff]{1,6}\s*:|\s+(?:[\u4e00-\u9fff]{0,4}(?:要闻|新闻|专版|版)|第?[0-9一二三四五六七八九十]{1,3}版)\s*$)/;

/**
 * A date standing beside a page's byline fields with no time and no label of its own: before
 * them ("2014年02月28日 来源：某报") or after them, set apart by spaces ("来源：某某日报  2024年7月5日").
 * Only a short line of such fields counts: a sentence of the body telling what happened on a
 * day never starts with a byline label, nor is a date followed by one.
 */
function bylineDate(line: string): string | null {
  if (line.length > BYLINE_MAX || /[。；！？]/.test(line)) return null;
  const dates = findDates(line).filter((d) => d.iso !== null);
  const first = dates[0];
  if (first?.index === 0) {
    const rest = line.slice(first.length).replace(/^\s*\d{1,2}:\d{2}(?::\d{2})?/, '');
    if (/^\s/.test(rest) && BYLINE_LABEL.test(rest.trim())) return first.iso;
    return FIELD_SEPARATOR.test(rest) && PAGE_FIELD.test(rest) ? first.iso : null;
  }
  const last = dates[dates.length - 1];
  if (!last || !BYLINE_LABEL.test(line)) return null;
  const before = line.slice(0, last.index);
  const after = line.slice(last.index + last.length);
  return /[\s|]$/.test(before) && FIELDS_AFTER.test(after) ? last.iso : null;
}

/**
 * A page's links to the posts beside it ("上一篇 2023-06-26 08:07:09", "下一条：…"): the stamp
 * there dates that other post, not this one.
 */
const NEIGHBOUR_LINK = /^[【[]?\s*(?:上一?篇|下一?篇|上一条|下一条|前一篇|后一篇)/;

function pageDateLine(doc: KeyedText, skip: number | null = null): string | null {
  const related = relatedStampLines(doc);
  for (const line of doc.lines) {
    if (NEIGHBOUR_LINK.test(line.trimmed) || related.has(line.index) || line.index === skip)
      continue;
    // A stamp set in brackets ("【 2021-12-03 10:37:04 】 【 来源：某报 】") is the same stamp,
    // and so is one after the bar of a copied page's table cell ("| 2020-08-20 11:32:14 来源：…").
    // A stamp after the site's address ("http://news.example.com 2010-09-03 09:36 来源：…") is the
    // page's own, as a portal prints its host before the day.
    const t = line.trimmed.replace(/^[【[|｜]\s*(?=\d{4}[-/.])/, '').replace(SITE_ADDRESS, '');
    const short = SHORT_YEAR_STAMP.exec(t);
    if (short) {
      // A web page's stamp: its two-digit year is this century's.
      const iso = isoDate(2000 + Number(short[1]), Number(short[2]), Number(short[3]));
      if (iso) return iso;
    }
    const ymd =
      DATE_LINE.exec(t) ??
      NAMED_STAMP.exec(t) ??
      NAMED_WRITTEN_STAMP.exec(t) ??
      WRITTEN_STAMP.exec(t) ??
      SOURCE_STAMP.exec(t) ??
      POSTER_STAMP.exec(t);
    if (ymd) {
      const iso = isoDate(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
      if (iso) return iso;
    }
    const dmy = DAY_FIRST.exec(t);
    if (dmy) {
      const a = Number(dmy[1]);
      const b = Number(dmy[2]);
      // Which is the month: the one the text's own "N月M日" agrees with, else day first. Only
      // the day written out agrees: a month alone ("2016年8月，…通报") tells when the thing the
      // item reports was done, not the day the site stamped it.
      const monthFirst =
        a <= 12 && b > 12
          ? true
          : new RegExp(`(^|[^0-9])${a}月${b}日`).test(doc.key) &&
            !new RegExp(`(^|[^0-9])${b}月${a}日`).test(doc.key);
      const iso = monthFirst ? isoDate(Number(dmy[3]), a, b) : isoDate(Number(dmy[3]), b, a);
      if (iso) return iso;
    }
    const byline = bylineDate(t);
    if (byline) return byline;
  }
  return null;
}

/** "摘自《中国建设报》2024.02.08": a page excerpted from a paper, dated by its issue. */
const REPRINT_LEAD = /^(?:摘自|转自|选自|转载自|原载)\s*《(?=[^《》]+》)/;
/** The outlet's stamp right after its name: "2023-12-11 17:55", "》2024.02.08", "·2024-02-08". */
const STAMP_AFTER =
  /^(?:》|\s*[·•・])?\s*(\d{4})[-.](\d{1,2})[-.](\d{1,2})(?:\s+\d{1,2}:\d{2}|(?![0-9]))/;

const SOURCE_LABEL = /^\s*(?:文章|信息|稿件)?来源\s*:\s*/;

/**
 * The story's stamp written before the label that names its outlet ("2022-08-24 08:26:10来源：
 * 某某网"): a forum or portal reposting it puts its own 发布时间 above, the story's stamp stays here.
 */
function stampBeforeSource(line: string, name: string): string | null {
  const date = findDates(line.slice(0, 24))[0];
  if (!date?.iso || date.index !== 0) return null;
  const rest = line.slice(date.length).replace(/^\s*\d{1,2}:\d{2}(?::\d{2})?/, '');
  const label = SOURCE_LABEL.exec(rest);
  return label && rest.slice(label[0].length).startsWith(name) ? date.iso : null;
}

/**
 * The stamp beside a story's outlet ("人民日报客户端2023-12-11 17:55"): when a site reposts
 * the story, its own 发布时间 is the repost's, the outlet's stamp the story's.
 */
function outletStamp(doc: KeyedText, outlet: string | null): string | null {
  if (!outlet) return null;
  const name = toKey(outlet);
  for (const line of doc.lines) {
    const before = stampBeforeSource(line.trimmed, name);
    if (before) return before;
    const lead = REPRINT_LEAD.exec(line.key.trim())?.[0] ?? '';
    const rest = line.key.trim().slice(lead.length);
    if (!rest.startsWith(name)) continue;
    const m = STAMP_AFTER.exec(rest.slice(name.length));
    const iso = m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
    if (iso) return iso;
  }
  return null;
}

/**
 * A document's own date right after its title: in brackets at the title's end ("…的意见
 * （2012年4月5日）", as a chronicle prints it) or on the line under it, alone or with the
 * meeting it was given at ("（2023年5月30日在市六届人大常委会第二次会议上）"). It dates the
 * document; a site's posting line further down (日期：2023年09月07日) dates only the copy.
 */
const HEADLINE_DATE =
  /^\s*[(（]\s*((?:19|20)[0-9]{2})年([0-9]{1,2})月([0-9]{1,2})日(?:\s*在[^()（）\n]{2,40}?上(?:的[^()（）\n]{1,8})?)?\s*[)）]/;

function headlineDate(doc: KeyedText, titleEnd: number): string | null {
  if (titleEnd <= 0) return null;
  const m = HEADLINE_DATE.exec(doc.key.slice(titleEnd, titleEnd + 80));
  return m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

export function findIssueDate(
  doc: KeyedText,
  titleEnd: number,
  yearHint: number | null,
  outlet: string | null = null,
  bodyLine: number | null = null,
): string | null {
  const written = labelled(doc, /(成文日期|发文日期|印发日期)\s*[:：]?\s*/g, 0);
  if (written) return written;
  const signed = signatureDate(doc) ?? gluedSignature(doc)?.issuedOn;
  if (signed) return signed;
  const headed = headlineDate(doc, titleEnd);
  if (headed) return headed;
  const stamped = outletStamp(doc, outlet);
  if (stamped) return stamped;
  // A forum's post time dates its copy, not a document the post shows its own date or 文号 of.
  const post = forumPostLine(doc);
  if (post !== null) {
    // …nor its labelled date (日期：…) the page shows beside the post's own 发表于.
    const own = pageDateLine(doc, post) ?? labelled(doc, LABELLED_NOT_POSTED, titleEnd);
    if (own) return own;
    if (yearHint !== null || showsOwnDocNumber(doc)) return null;
  }
  const published = labelled(doc, LABELLED, titleEnd);
  if (published) return published;
  const page = pageDateLine(doc);
  if (page) return page;
  return (
    infoLineStamp(doc) ?? mastheadDate(doc) ?? dateline(doc, yearHint) ?? leadDate(doc, bodyLine)
  );
}
