/**
 * The outlet of a news item: its dateline, masthead, 讯 line, byline, 转自 or first-published
 * line, a bracketed outlet or a portal's stamp. Apart from issuer.ts, which reads organs and
 * the source lines both share.
 */
import { FOOT_LINES, NOT_OUTLET, SITE_INFO, outletName, sourcedOutlet } from './issuer';
import {
  ownPaperInBracket,
  ownPaperOnMasthead,
  paperOfJoined,
  writesAsOwnPaper,
} from './own-paper';
import { bracketedSource, epaperPaper } from './foot-credits';
import { heuristicRegionLookup } from './region-heuristic';
import { filedFrom, onlyPlaces } from './filed-dateline';
import { type KeyedText, type Line } from './text-key';
import type { RegionLookup } from './types';

/**
 * The dateline at the start of a news item: the outlet before 讯/电, 消息：, a date or a slash, or
 * the city it files from and its dated 电 or 消息 ("人民网南京10月27日电", "中广网北京4月2日消息"),
 * its 消息 before a space or its reporter's bracket ("某某网消息 近日…", "某某在线消息(记者 张三)"; an app's is
 * the app's name, read below), or
 * with the paper it runs
 * under in brackets before 讯 ("某某网（某某日报网）讯"); a story passed on from it
 * opens with 据 ("据某某网3月2日，"). A portal's news channel dates its items the same way
 * ("某网时刻新闻11月11日讯"), and a site with its app or channel joined by a hyphen before 讯
 * ("某某网-某某客户端讯"). The national wires file the same way under their short names
 * ("新华社济南12月11日电"), and a county's merged newsroom before its reporters' names
 * ("某市融媒 张三 李四 记者从…"). A paper's reporter may open the story with the paper's desk
 * before 记者 ("某某日报新媒体记者张三报道 1月10日，…"): the desk is no part of the outlet.
 */
const DATELINE =
  /^(?:【|\[)?据?([\u4e00-\u9fff]{2,10}?(?:日报|晚报|晨报|时报|商报|都市报|网|在线|客户端|新闻|融媒体中心|融媒中心|融媒)(?:[(（][\u4e00-\u9fff]{2,10}?(?:日报|晚报|网)[)）](?=讯)|[-－][\u4e00-\u9fff]{2,8}?(?:客户端|频道)(?=讯))?|新华社|中新社)(?=讯|消息[:：,，]|(?<!客户端)消息[\s\u3000(（]|\/|掌上|[0-9一二三四五六七八九十]{1,2}月|\s*[(（]?(?:全媒体|融媒体|新媒体|首席|特约|见习)*记者|\s|[\u4e00-\u9fff]{2,4}[0-9一二三四五六七八九十]{1,2}月[0-9一二三四五六七八九十]{1,3}日(?:[电讯]|消息))/;
/**
 * A news agency the names above miss, known by its 社 before the city it files from and the
 * dated 电 ("中评社北京10月23日电", "某某社香港5月2日电"): only an agency files so.
 */
const AGENCY_DATELINE =
  /^((?![\u4e00-\u9fff]*(?:合作|服务|旅行)社)[\u4e00-\u9fff]{1,4}社)(?=[\u4e00-\u9fff]{2,4}[0-9一二三四五六七八九十]{1,2}月[0-9一二三四五六七八九十]{1,3}日电(?![话视脑影力费网子器]))/;
/**
 * An outlet and its channel joined by a middle dot before the dated 讯 ("某网·某某财经2月13日讯"):
 * the dot sets the outlet's name apart, however short it is.
 */
const DOTTED_DATELINE =
  /^(?:【|\[)?([\u4e00-\u9fff]{1,10}?(?:日报|晚报|晨报|时报|商报|都市报|网|在线|客户端))[·•・][\u4e00-\u9fff]{2,10}?(?:[0-9一二三四五六七八九十]{1,2}月[0-9一二三四五六七八九十]{1,3}日)?(?:讯|电)/;
/**
 * A line opened by a name and its dated 讯, an app's 消息, or a site's 报道（通讯员…）; a story
 * passed on from a paper opens with 据 ("据某某日报报道（记者…）"), which is no part of its name.
 */
const NAMED_DATELINE =
  /^据?([\u4e00-\u9fff]{2,8}?)(?:[0-9]{1,2}月[0-9]{1,2}日讯|客户端消息|报道(?=[(（]))(?=.{0,12}(?:记者|通讯员))/;
/**
 * A byline naming the outlet its reporter writes for: a line opened by it ("读特记者 刘良龙
 * 通讯员…") or a bracket at the story's end ("（湖北日报记者李墨、…）").
 */
/**
 * Datelines a plain pattern for names misses: an outlet's dated 消息 with no reporter after it
 * ("某某宿迁9月5日消息，…"), an outlet in lenticular brackets before its reporter's bracket
 * ("【某网】（记 者 某某）"), a paper and the city it files from before 讯 and its reporter
 * ("某报某州讯（记者…）": the paper is the shortest name ending like one), and a digital
 * paper's page stamp ("2022年11月30日·某某晨报·第A01版").
 */
// A city filing the story ("北京7月20日消息，") is where, not who: a name of four characters or
// more, not ending as a place does, names the outlet.
const DATED_NEWS =
  /^据?([\u4e00-\u9fff]{4,8}?)(?<![省市县区州])[0-9]{1,2}月[0-9]{1,2}日消息[,，:：]/;
const BRACKETED_OUTLET = /^[【[]([\u4e00-\u9fff]{2,10})[】\]]\s*[(（]\s*(?:记\s*者|通讯员)/;
const PAPER_CITY_DATELINE =
  /^([\u4e00-\u9fff]{1,8}?(?:日报|晚报|晨报|时报|商报|报|网|在线|客户端))[\u4e00-\u9fff]{2,4}讯[(（]\s*(?:记者|通讯员)/;
const EDITION_STAMP =
  /^(?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}-\d{1,2}-\d{1,2})\s*[·•・]\s*([\u4e00-\u9fff]{2,10})\s*[·•・]\s*第?[A-Z0-9]{1,4}版/;
// The reporter's name may stand after a colon as after a space ("某某日报记者:张三"); a paper's
// byline may open with a box (□) and name the paper and its app joined by a slash
// ("□某某日报/某某新闻记者 张三"), both the outlet as the page writes it. A credit before a
// slash or a bar ("摄影/某某日报记者", "文丨…", "文 | …") is the reporter's part, not an outlet.
const BYLINE_LINE =
  /^(?:[□■◆●]\s*)?(?:(?:文|图|摄|摄影|图文|文图|文字|撰文|视频)\s*[/丨|｜]\s*)?([\u4e00-\u9fff]{2,10}?(?:\/[\u4e00-\u9fff]{2,10}?)?)记者(?:[\s\u3000]+|\s*[:：]\s*)[\u4e00-\u9fff]{2,4}/;
/**
 * The desk or rank a reporter's outlet is followed by (某某晚报全媒体记者, 首席记者), in either
 * script (某某廣播電視臺全媒體記者).
 */
const REPORTER_DESK = /(全媒[体體]|融媒[体體]|新媒[体體]|首席|特[约約]|[见見]习|[实實][习習])+$/;
/**
 * A reporter's bracket naming the outlet, a group and its site joined by a middle dot too
 * ("（某报融媒·某某网见习记者 张三）").
 */
const BYLINE_BRACKET =
  /[(（]([\u4e00-\u9fff]{2,10}?(?:[·•・][\u4e00-\u9fff]{2,10}?)?)[\s\u3000]*记者/;
/** A story passed on from an outlet: "据黔东南州人民政府网3月2日，…", "摘自《中国建设报》2024.02.08". */
const PASSED_ON = /^据([\u4e00-\u9fff]{2,14}?)(?:消息|报道|讯)?(?:[0-9]{1,2}月[0-9]{1,2}日)?[，,]/;
const REPRINTED = /^(?:摘自|转自|选自|转载自|原载)\s*《?([^《》\s]{2,20}?)》/;
/**
 * A credit closing the story, in brackets after its last sentence ("…负责人说。（据《某某日报》）"):
 * the paper it was taken from, named in book-title marks whatever its name ends with.
 */
const CLOSING_CREDIT = /[(（](?:据|摘自|转自|选自|原载)\s*《([^《》\s]{2,20})》[)）]$/;
/**
 * A reposted story's own stamp: its outlet and when it ran ("人民日报客户端2023-12-11 17:55"),
 * or a line of the outlet and the day alone ("某某晚报 2022-03-02").
 */
const OUTLET_STAMP = /^([\u4e00-\u9fff]{2,12}?)\s*\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}|\s*$)/;
/** The same stamp with the day first ("2021-10-20 16:36  某某日报"), the outlet closing the line. */
const DAY_FIRST_STAMP =
  /^\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s+([\u4e00-\u9fff]{2,12})\s*$/;
/**
 * A paper's masthead line: its name and the day it ran alone on a line ("某某晚报 2014年12月13日"),
 * as a clipped page opens.
 */
const MASTHEAD = /^([\u4e00-\u9fff]{2,12}?)[\s\u3000]*\d{4}年\d{1,2}月\d{1,2}日\s*$/;
/**
 * A paper's issue line on its e-paper page: its name, the issue and the page it ran on
 * ("某某工人报 第7942期：第02版 综合新闻"), with no day: the paper is the outlet as a masthead is.
 * The line holds the stamp and the page's section only: a sentence opening with it tells of
 * coverage ("某某日报 第N期：第02版 刊发了…。").
 */
const ISSUE_STAMP =
  /^([\u4e00-\u9fff]{2,10}?报)[\s\u3000]*第\s*\d{1,6}\s*期\s*[:：·]?\s*第?\s*[A-Z0-9]{1,4}\s*版(?:[\s\u3000]+[\u4e00-\u9fff·]{1,8})?\s*$/;
/**
 * An outlet's name and 讯 opening a line among the story's first ("某某快报讯 记者…",
 * "某某网讯（记者 某某）"), a summary perhaps above it: 讯 is a dateline's own word.
 */
const OUTLET_XUN = /^[【[]?([\u4e00-\u9fff]{3,10}?)讯(?=[\s\u3000(（】\]]|\d{1,2}月)/;
/** A repost's 转自 line above the story ("转自:某某网-某某频道"): the outlet as the page writes it. */
const RELAYED_FROM = /^转自\s*[:：]\s*([^\s]{2,24})\s*$/;
/** A repost's closing line naming the account it first ran on ("本文首发于微信公众号：某某新闻"). */
const FIRST_PUBLISHED = /^本文首发于(?:微信公众号|公众号)?\s*[:：]?\s*([\u4e00-\u9fff]{2,12})/;
/** A byline at the foot with no space before the reporter's name ("某某晨报记者张三"). */
const FOOT_BYLINE = /^([\u4e00-\u9fff]{2,10}?)记者[\u4e00-\u9fff]{2,4}/;
/**
 * A line that is a byline and nothing else, the reporter's name glued on ("某某传媒集团记者张三",
 * "■某某都市报记者李", the name cut by the copy): above the body as at the foot, an outlet's name.
 */
const BYLINE_ALONE = /^(?:[□■◆●]\s*)?([\u4e00-\u9fff]{2,12}?)记者[\u4e00-\u9fff]{1,4}$/;
/**
 * A portal's stamp joining its outlet and the day with a middle dot ("某某财经·2023-12-11 17:55"):
 * the dot sets the name apart, so it is the outlet whatever its name ends with.
 */
const DOTTED_STAMP =
  /^([\u4e00-\u9fff]{2,12}?)\s*[·•・]\s*\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$/;

/**
 * The outlet of a news item: the source its info line names above the body, else its dateline
 * at the start of the body, else the site named on its info line, else a source line at the
 * foot of the page. A story
 * datelined 本报讯 is the paper's: of a site and the paper it carries, the paper, and without
 * any other name, the paper its reporter's bracket names.
 */
export function newsOutlet(
  doc: KeyedText,
  bodyLine: number,
  lookup: RegionLookup = heuristicRegionLookup,
): string | null {
  const found = storyOutlet(doc, bodyLine, lookup);
  if (!writesAsOwnPaper(doc, bodyLine)) return found;
  return found
    ? paperOfJoined(found)
    : (ownPaperInBracket(doc, bodyLine, outletName) ??
        ownPaperOnMasthead(doc, bodyLine, outletName));
}

/** A weekday set where a page stamp names its paper ("2023年8月5日·星期六·第A03版"). */
const WEEKDAY = /^(?:星期|周|礼拜)[一二三四五六日天]$/;

/** How long a line above the body must be to be a paragraph, never a headline or an info line. */
const PARAGRAPH_CHARS = 40;

/**
 * The story's first paragraph: the body's first line, or a paragraph above it that the page closed
 * with a link's mark instead of a full stop ("…案例集（第三批）>"), which the body's start skips.
 */
function openingParagraphs(doc: KeyedText, bodyLine: number): Line[] {
  const above = doc.lines
    .slice(0, Math.min(bodyLine, 8))
    .filter((l) => l.trimmed.length >= PARAGRAPH_CHARS && !l.raw.includes('\t'));
  const body = doc.lines[bodyLine];
  return body ? [body, ...above] : above;
}

function storyOutlet(doc: KeyedText, bodyLine: number, lookup: RegionLookup): string | null {
  // The page's source line above the story says whose the page is, even over the dateline of
  // the wire story it carries ("来源：某某网" above "新华社北京9月22日电").
  for (const line of doc.lines.slice(0, Math.min(bodyLine, 8))) {
    const o = sourcedOutlet(line);
    if (o) return o;
  }
  for (const body of openingParagraphs(doc, bodyLine)) {
    const lead =
      DATELINE.exec(body.key.trim()) ??
      DOTTED_DATELINE.exec(body.key.trim()) ??
      AGENCY_DATELINE.exec(body.key.trim());
    if (lead?.[1] && !NOT_OUTLET.test(lead[1])) {
      const at = body.key.indexOf(lead[1]);
      return body.raw.slice(at, at + lead[1].length);
    }
  }
  for (const line of doc.lines.slice(0, Math.max(bodyLine + 1, 8))) {
    // "红网时刻12月25日讯（…记者…）", "四川发布客户端消息　记者…": whatever name opens a
    // line before a dated 讯 or an app's 消息 is the outlet.
    const lead = NAMED_DATELINE.exec(line.key.trim());
    if (lead?.[1] && !NOT_OUTLET.test(lead[1]) && !/[部厅局委办]$/.test(lead[1])) {
      const at = line.key.indexOf(lead[1]);
      return line.raw.slice(at, at + lead[1].length);
    }
    const site = SITE_INFO.exec(line.key.trim());
    // The carrying site's own info line yields to the 转自 line naming where the item came from.
    if (site?.[1] && outletName(site[1])) {
      const relayed = relayedFrom(doc, bodyLine);
      if (relayed) return relayed;
      const at = line.key.indexOf(site[1]);
      return line.raw.slice(at, at + site[1].length);
    }
    // An organ, a weekday or a place (a name ending as a division does, or only places) in
    // these shapes is no outlet.
    const notOrgan = (name: string): string | null =>
      /(?:[部厅局委办处省市县区旗盟镇乡]|街道)$/.test(name) ||
      WEEKDAY.test(name) ||
      onlyPlaces(name, lookup)
        ? null
        : name;
    const o =
      sourcedOutlet(line, true) ??
      namedIn(line, RELAYED_FROM, (name) => (outletName(name) ? name : null)) ??
      namedIn(line, OUTLET_XUN, outletName) ??
      namedIn(line, MASTHEAD, outletName) ??
      namedIn(line, ISSUE_STAMP, outletName) ??
      namedIn(line, DATED_NEWS, notOrgan) ??
      filedFrom(line, lookup, notOrgan) ??
      namedIn(line, BRACKETED_OUTLET, notOrgan) ??
      namedIn(line, PAPER_CITY_DATELINE, outletName) ??
      namedIn(line, EDITION_STAMP, notOrgan) ??
      namedIn(line, OUTLET_STAMP, outletName) ??
      namedIn(line, DAY_FIRST_STAMP, outletName) ??
      namedIn(line, DOTTED_STAMP, (name) => (/[部厅局委办处]$/.test(name) ? null : name));
    if (o) return o;
  }
  const foot = doc.lines.filter((l) => l.trimmed !== '' && l.index > bodyLine).slice(-FOOT_LINES);
  for (const line of foot.reverse()) {
    const o =
      sourcedOutlet(line) ??
      namedIn(line, REPRINTED, outletName) ??
      namedIn(line, FIRST_PUBLISHED, outletName) ??
      asWritten(line, bracketedSource(line.key)) ??
      asWritten(
        line,
        epaperPaper(line.key, (name) => outletName(name) !== null),
      );
    if (o) return o;
  }
  // The credit closes the page's last paragraph, which may be the story's only one.
  const last = doc.lines.filter((l) => l.trimmed !== '').pop();
  const credited = last ? namedIn(last, CLOSING_CREDIT, (name) => name) : null;
  return credited ?? bylineOutlet(doc, bodyLine) ?? labelledPublication(doc);
}

/** A field label alone on its line, as a journal's article page prints its source. */
const LABEL_ALONE = /^(?:出处|来源|文献来源|刊名)\s*[:：]?$/;
const PUBLICATION = /^《([^《》\s]{2,20})》$/;

/**
 * The publication named on the line under a lone 出处/来源 label ("出处" / "《某某杂志》"):
 * book-title marks name a paper or journal whatever its name ends with.
 */
function labelledPublication(doc: KeyedText): string | null {
  const lines = doc.lines.filter((l) => l.trimmed !== '');
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!LABEL_ALONE.test(lines[i]!.trimmed)) continue;
    const next = lines[i + 1]!;
    const m = PUBLICATION.exec(next.trimmed);
    if (!m?.[1]) continue;
    const at = next.key.indexOf(m[1], next.key.indexOf('《'));
    return next.raw.slice(at, at + m[1].length);
  }
  return null;
}

/** The outlet a repost's 转自 line above or at the story's start names, as written. */
function relayedFrom(doc: KeyedText, bodyLine: number): string | null {
  for (const line of doc.lines.slice(0, Math.max(bodyLine + 1, 8))) {
    const o = namedIn(line, RELAYED_FROM, (name) => (outletName(name) ? name : null));
    if (o) return o;
  }
  return null;
}

/** A name read on a line's key, cut from its raw text as written. */
function asWritten(line: KeyedText['lines'][number], name: string | null): string | null {
  if (!name) return null;
  const at = line.key.indexOf(name);
  return at < 0 ? null : line.raw.slice(at, at + name.length);
}

/** The name a pattern's first group catches in a line, as written, if `accept` takes it. */
function namedIn(
  line: KeyedText['lines'][number],
  re: RegExp,
  accept: (name: string) => string | null,
): string | null {
  const m = re.exec(line.key.trim());
  if (!m?.[1] || NOT_OUTLET.test(m[1]) || !accept(m[1])) return null;
  const at = line.key.indexOf(m[1]);
  return line.raw.slice(at, at + m[1].length);
}

/**
 * The outlet a byline line above the body names ("某某日报记者 张三", "某某日报首席记者：张三"),
 * without the reporter's desk or rank: a desk alone ("全媒体记者：张三", "特约记者 张三") names
 * no outlet, and an organ's name is left to the organ's reading.
 */
function topBylineOutlet(line: KeyedText['lines'][number]): string | null {
  const name = BYLINE_LINE.exec(line.key.trim())?.[1]?.replace(REPORTER_DESK, '');
  if (!name || name.length < 2 || NOT_OUTLET.test(name) || /[部厅局委办处](?:\/|$)/.test(name))
    return null;
  const at = line.key.indexOf(name);
  return line.raw.slice(at, at + name.length);
}

/**
 * The outlet a story's byline or lead names: the reporter's outlet on a byline line above
 * the body (any name: an app such as 读特 has no outlet ending) or in a bracket at the end
 * (a paper's name), or the site the story is passed on from ("据…网3月2日，").
 */
function bylineOutlet(doc: KeyedText, bodyLine: number): string | null {
  // The outlet without its reporter's desk, as the spaced byline is read.
  const alone = (line: Line): string | null => {
    const name = BYLINE_ALONE.exec(line.key.trim())?.[1]?.replace(REPORTER_DESK, '');
    return name && !NOT_OUTLET.test(name) && outletName(name) ? asWritten(line, name) : null;
  };
  for (const line of doc.lines.slice(0, bodyLine + 1)) {
    const o =
      (line.trimmed.length <= 40 ? (topBylineOutlet(line) ?? alone(line)) : null) ??
      namedIn(line, PASSED_ON, outletName);
    if (o) return o;
  }
  for (const line of doc.lines.filter((l) => l.trimmed !== '').slice(-FOOT_LINES)) {
    // "（某某广播电视台全媒体记者某某 通讯员…）": the outlet without its desk.
    const m = BYLINE_BRACKET.exec(line.key);
    const bracketed = m?.[1]?.replace(REPORTER_DESK, '');
    if (m && bracketed && !NOT_OUTLET.test(bracketed) && outletName(bracketed)) {
      const at = line.key.indexOf(bracketed, m.index);
      return line.raw.slice(at, at + bracketed.length);
    }
    // A byline line at the foot ("某某晚报全媒体记者 林某"): a paper's name, whatever desk.
    const foot =
      line.trimmed.length <= 40
        ? (BYLINE_LINE.exec(line.key.trim()) ?? FOOT_BYLINE.exec(line.key.trim()))
        : null;
    const name = foot?.[1]?.replace(REPORTER_DESK, '');
    if (name && !NOT_OUTLET.test(name) && outletName(name)) {
      const at = line.key.indexOf(name);
      return line.raw.slice(at, at + name.length);
    }
    const glued = alone(line);
    if (glued) return glued;
  }
  return null;
}
