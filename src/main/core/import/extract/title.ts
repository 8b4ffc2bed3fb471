/**
 * Picks the notice's title among its lines: never blindly the first line (web pages
 * start with breadcrumbs, reprints with an unrelated heading). A title looks like one
 * (关于…的通知/批复, …名单, names a programme) or is the headline above the body that the
 * body is about; it sits above the first sentence of the body (a list heading further down
 * is not the notice's title). A page's <title> carries the site's name after a separator
 * ("…_某某门户网站"): the headline in the page body is taken instead, without it.
 */
import { infoLineAfterField } from './page-info-line';
import { ownHeadlineOverDocument } from './own-headline';
import { exclaimedHeadlineLine } from './exclaimed-headline';
import { RETOLD_HEADLINE } from './notice-voice';
import { kindNamed } from './programme';
import { PAGE_FIELD_LABEL } from './page-field-label';
import { toKey, type KeyedText, type Line } from './text-key';
import { bodyStart } from './body-start';
import { headlineOfHint } from './headline-hint';
import { wholeHeadline } from './whole-headline';
import { brokenHeadline } from './broken-headline';
import { titleRelatedness } from './title-relatedness';
import {
  cleanLine,
  lineText,
  looksLikeHeading,
  pickOf,
  titleText,
  withoutSiteTag,
  type TitlePick,
} from './title-line';

// …的调研报告, …的考察报告: a survey's written report is titled as a report is.
const ABOUT =
  /关于.{2,}的(通知|批复|通报|决定|意见|函|公告|公示|(?:调研|考察)?报告|请示|复函|决议)$/;
const DOC_TYPE = /(通知|批复|通报|决定|意见|公告|公示|名单|方案|办法|细则|规定|复函|决议)$/;

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

/** The label of a document appended to a page ("附：", "附件2："). */
const APPENDED = /^附(?:件[0-9一二三四五六七八九十]{0,2})?\s*[:：]/;

export function pickTitle(doc: KeyedText, hint?: string): TitlePick | null {
  const pick = pickTitleAsSet(doc, hint);
  const limit = bodyStart(doc);
  return pick ? brokenHeadline(doc, wholeHeadline(doc, pick, limit), limit) : null;
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
    // …and never one labelled as appended below the body (附：关于…的公示): a document the page
    // reprints after its story.
    if (line.index >= limit && APPENDED.test(lineText(line))) continue;
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
  // A list heading the page quotes under its own headline, one its <title> names and that tells
  // what befell units ("我省4地上榜第二批…示范园" over "第二批…示范园名单"): the headline titles the
  // page, as over an info line. A headline that tells nothing of the kind (the list's own name,
  // a site's) leaves the heading.
  const told = best && headline ? retoldOverList(doc, best, headline, limit) : null;
  if (told) return told;
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

/**
 * The hinted headline over a list heading (not a formal 关于… title) when it tells what befell
 * units. The heading must be quoted, a sentence of the page's own above it: a page headed by the
 * list's name (over its info line) is the list, whatever its <title> says. A <title> with a site or
 * column before the headline ("新闻中心_…", "某某网 - …") gives the headline the page prints.
 */
function retoldOverList(
  doc: KeyedText,
  best: TitlePick,
  headline: string,
  limit: number,
): TitlePick | null {
  const h = toKey(headline).trim();
  if (ABOUT.test(best.title) || !/名单$/.test(toKey(best.title)) || h === toKey(best.title).trim())
    return null;
  if (!looksLikeHeading(h) || !RETOLD_HEADLINE.test(h)) return null;
  const above = doc.lines.filter((l) => l.index < Math.min(best.line, limit));
  if (!doc.lines.some((l) => l.index < best.line && PROSE.test(lineText(l)))) return null;
  const line =
    above.find((l) => lineText(l) === h) ??
    above.find(
      (l) =>
        lineText(l).length >= 6 &&
        SITE_BEFORE.test(h.slice(0, -lineText(l).length)) &&
        h.endsWith(lineText(l)),
    );
  if (line) return pickOf(line);
  if (doc.lines.some((l) => lineText(l) === h) || SEPARATED.test(h)) return null;
  return { title: headline.trim(), start: 0, end: 0, line: -1 };
}

/** A sentence of the page's own: long, with its clauses. */
const PROSE = /^(?=.{20,}$).*[，。；！,;!]/;
/** A site or column the <title> sets before the headline, with its separator. */
const SITE_BEFORE = /^[^_|｜]{2,30}(?:\s*[_|｜]\s*|\s+[-—–]\s+)$/;
const SEPARATED = /[_|｜]|\s[-—–]\s/;

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

const isInfoLine = (t: string): boolean => PAGE_FIELD_LABEL.test(t) || infoLineAfterField(t);

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
