/**
 * The issuing organ: from the title (「X关于…」, 「X确认/公布…」, several organs joined by
 * spaces), from the signature below the body (one organ per line or several on one), from a
 * source line (来源：省民政厅社区处). A news item's issuer is its outlet: the paper or site
 * in its dateline (华龙网讯, 青岛日报/…讯, 黑龙江日报6月8日讯) or source line (来源：中国网).
 * Body sentences that merely mention an organ are never used.
 */
import { ownPaperInBracket, paperOfJoined, writesAsOwnPaper } from './own-paper';
import { heuristicRegionLookup } from './region-heuristic';
import { toKey, type KeyedText } from './text-key';
import type { RegionContext, RegionLookup } from './types';
import { MASK } from './text-warnings';

/**
 * The people's organisations go by their short names (某省残联, 某市妇联, 某市科协), which end
 * in none of an office's words: they issue notices and source stories as any organ does.
 */
const ORGAN =
  /(部|厅|局|委|委员会|政府|办公厅|办公室|办|处|科|司|中心|院|署|会|组|站|(?:妇|残|侨|文|工商|青|社科)联|科协|政协)$/;
/** Words that end like an organ but name none (a theme's "新格局" wrapped onto its own line). */
// A courtyard home ends in 院 too (幸福大院, 海棠别院): a facility honoured, never an organ.
const NOT_ORGAN =
  /(格局|布局|结局|大局|全局|开局|机会|社会|体会|聚会|约会|^出处|大院|小院|庭院|别院|宅院|四合院)$/;
const TITLE_ISSUER = /^(.{2,60}?)(关于|印发|转发|发布|公布|确认|命名|通报)/;
/**
 * A source line, its label perhaps spaced out to the width of the others ("来 源：", "编 辑："),
 * or written 来自 as some portals print it ("2016年08月24日 来自: 某某网"); a post's label may
 * stand off its name by a bar instead of a colon ("来源丨某某网", "来源｜某市某局").
 */
// A disclosure table's organ label stands in a cell of its own, its organ in the next
// cell ("发布机构 | 某省民政厅", a tab between them), spaced out or not ("发 布 机 构").
export const SOURCE =
  /(?:文章来源|信息来源|来[ \u3000]?源|来自|发布单位|发布机构|发文单位|发文机关|发[ \u3000]*布[ \u3000]*机[ \u3000]*构)(?:\s*(?:[:：]|(?<=源)\s*[丨｜|])|(?<=[构关位])[ \u3000]*\t)\s*([^\s|｜丨]+)/;
/** A news page's 稿源 line names the outlet that wrote the story (稿源：甬派), whatever its name. */
const STORY_SOURCE = /^稿源\s*[:：]\s*([\u4e00-\u9fff]{2,10})(?=[\s\u3000]|$)/;
/** The next byline field glued after a source's name (来源：某局作者：某某). */
const BYLINE_FIELDS = /(作者|编辑|责任编辑|责编|记者|审核)\s*[:：].*$/;
/** A newspaper, news site or broadcaster by its name's ending (中国网, 河北日报, 长沙晚报). */
/** A county's or district's merged newsroom (某县融媒体中心, a paper's 某报融媒 or 某报社某某全媒体) is an outlet like a paper. */
/** The national wires are named without 通讯社 (新华社, 中新社). */
const OUTLET =
  /^(?:[\u4e00-\u9fff]{1,10}?(日报|晚报|晨报|时报|商报|都市报|报|报社|网|在线|客户端|新闻|电视台|广播电台|新闻社|通讯社|融媒体中心|融媒中心|融媒|全媒体|微信公众号|公众号)|新华社|中新社)$/;
/** A site and the paper it reprints, joined by a dash ("中国甘肃网-民族日报"). */
const OUTLET_JOINER = /[-－—–]/;
/**
 * A page's info line opened by its site's name (and address) before the date ("平安临沂网 发布时间：…"),
 * or by the outlet that wrote the item, glued on ("某市融媒体中心发布时间：…").
 */
const SITE_INFO =
  /^(?:(?:https?:\/\/)?[a-z0-9.-]+\.(?:com|cn|net|org)\S*\s+)?([\u4e00-\u9fff]{2,10}?(?:网|在线|融媒体中心|融媒中心|日报|晚报|客户端|电视台))\s*(?:发布时间|发布日期|时间)\s*[:：]/i;
/** How many lines at the foot of a page may carry its source line (来源：贵阳晚报). */
const FOOT_LINES = 4;
/** Generic words for a website, the paper itself or the web at large: no outlet is named. */
export const NOT_OUTLET = /网站|门户|本网|本报|^政府|^中国政府网$|^互联网$/;
/**
 * The dateline at the start of a news item: the outlet before 讯/电, 消息：, a date or a slash, or
 * the city it files from and its dated 电 ("人民网南京10月27日电"), or with the paper it runs
 * under in brackets before 讯 ("某某网（某某日报网）讯"); a story passed on from it
 * opens with 据 ("据某某网3月2日，"). A portal's news channel dates its items the same way
 * ("某网时刻新闻11月11日讯"). The national wires file the same way under their short names
 * ("新华社济南12月11日电"), and a county's merged newsroom before its reporters' names
 * ("某市融媒 张三 李四 记者从…").
 */
const DATELINE =
  /^(?:【|\[)?据?([\u4e00-\u9fff]{2,10}?(?:日报|晚报|晨报|时报|商报|都市报|网|在线|客户端|新闻|融媒体中心|融媒中心|融媒)(?:[(（][\u4e00-\u9fff]{2,10}?(?:日报|晚报|网)[)）](?=讯))?|新华社|中新社)(?=讯|消息[:：]|\/|掌上|[0-9一二三四五六七八九十]{1,2}月|\s*[(（]?记者|\s|[\u4e00-\u9fff]{2,4}[0-9一二三四五六七八九十]{1,2}月[0-9一二三四五六七八九十]{1,3}日[电讯])/;
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
const BYLINE_LINE = /^([\u4e00-\u9fff]{2,10}?)记者[\s\u3000]+[\u4e00-\u9fff]{2,4}/;
/**
 * The desk or rank a reporter's outlet is followed by (某某晚报全媒体记者, 首席记者), in either
 * script (某某廣播電視臺全媒體記者).
 */
const REPORTER_DESK = /(全媒[体體]|融媒[体體]|新媒[体體]|首席|特[约約]|[见見]习|[实實][习習])+$/;
const BYLINE_BRACKET = /[(（]([\u4e00-\u9fff]{2,10}?)[\s\u3000]*记者/;
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
 * A portal's stamp joining its outlet and the day with a middle dot ("某某财经·2023-12-11 17:55"):
 * the dot sets the name apart, so it is the outlet whatever its name ends with.
 */
const DOTTED_STAMP =
  /^([\u4e00-\u9fff]{2,12}?)\s*[·•・]\s*\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$/;
/** A date after the organ on its signature line. */
const SIGNED_DATE =
  /[\s\u3000]+(?:\d{4}|[〇零一二三四五六七八九○]{4})\s*年[\s0-9一二三四五六七八九十]{1,4}月[\s0-9一二三四五六七八九十]{1,4}日\s*$/;
/** Navigation and page furniture that ends like an organ (收藏本站). */
const CHROME = /首页|本站|网站地图|联系我们|版权|主办|承办|备案/;

function organ(text: string): string | null {
  const t = text
    .trim()
    .replace(/(门户网站|官方网站|官网|网站)$/, '')
    .replace(/^[(（]|[)）]$/g, '')
    .trim();
  // A sentence is no organ, whatever the width of its commas (pages set them half-width), and
  // neither is a cited document's title, open or closed ("…,民政部發布《民政部" cut there).
  if (t.length < 2 || t.length > 30 || /[，,。；;、《》]/.test(t) || CHROME.test(t)) return null;
  // A generic word ("政府网站", "本网") names no one.
  if (/^(人民)?政府$|^本(网|站|报)/.test(toKey(t))) return null;
  return ORGAN.test(toKey(t)) && !NOT_ORGAN.test(toKey(t)) ? t : null;
}

/** Several organs written side by side ("国家卫生健康委 全国老龄办"), or null if any part is not one. */
function organs(text: string): string | null {
  // An organ whose name the site masked ("************办公室") names nobody.
  if (MASK.test(text)) return null;
  const parts = text
    .trim()
    .split(/[\s\u3000]+/)
    .filter(Boolean);
  if (parts.length === 0 || parts.length > 4) return null;
  const found = parts.map(organ);
  return found.every((o) => o !== null) ? found.join(' ') : null;
}

/** A site's channel or column after its name ("人民网-安徽频道"): the site is the outlet. */
const CHANNEL = /^[\u4e00-\u9fff]{2,8}(频道|栏目|专栏|版)$/;
/** A site's channel glued to its name with no dash ("某某在线常德频道"). */
const GLUED_CHANNEL = /^[\u4e00-\u9fff]{2,6}频道$/;
/** An outlet's app or brand before the paper, joined by a middle dot ("新某某·某某日报"). */
const BRAND_DOT = /[·•・]/;

export function outletName(text: string): string | null {
  const t = text.trim();
  const key = toKey(t);
  const isOutlet = (p: string): boolean => OUTLET.test(p) && !NOT_OUTLET.test(p);
  const dot = key.split(BRAND_DOT);
  const paper = dot[dot.length - 1] ?? '';
  if (dot.length === 2 && isOutlet(paper)) return t.slice(t.length - paper.length);
  const parts = key.split(OUTLET_JOINER);
  if (parts.length > 2) return null;
  // "某某在线常德频道": a site's local channel written right after its name is the outlet as
  // the page names it.
  if (parts.length === 1 && key.endsWith('频道'))
    for (let at = 2; at <= key.length - 4; at++)
      if (isOutlet(key.slice(0, at)) && GLUED_CHANNEL.test(key.slice(at))) return t;
  if (parts.length === 2 && isOutlet(parts[0]!) && CHANNEL.test(parts[1]!))
    return t.slice(0, parts[0]!.length);
  return parts.every(isOutlet) ? t : null;
}

export function issuerFromTitle(title: string | null): string | null {
  if (!title) return null;
  const raw = title.replace(/^#+\s*/, '');
  // Match on the simplified key (關於 → 关于), cut the organ from the raw title.
  const m = TITLE_ISSUER.exec(toKey(raw));
  return m ? organs(raw.slice(0, (m[1] ?? '').length)) : null;
}

/** The organs printed on the line right above the title ("中共某市委　某市人民政府"). */
export function issuerAboveTitle(doc: KeyedText, titleLine: number): string | null {
  const above = doc.lines.slice(0, Math.max(0, titleLine)).filter((l) => l.trimmed !== '');
  const line = above[above.length - 1];
  if (!line || line.trimmed.length > 40 || /[，。；：:]/.test(line.trimmed)) return null;
  return organs(line.raw);
}

/**
 * Organ lines at the end of the text, below its body: one line, or several in a row. A list's
 * lines (organisations one a line closing a page) sign nothing: the signature ends at them.
 */
export function issuerFromSignature(
  doc: KeyedText,
  bodyLine: number,
  listLines: ReadonlySet<number> = new Set(),
): string | null {
  // An attachment's table rows (TAB-separated) below the signature are skipped.
  const tail = doc.lines
    .filter((l) => l.trimmed !== '' && l.index > bodyLine && !l.raw.includes('\t'))
    .slice(-8);
  const found: string[] = [];
  for (let i = tail.length - 1; i >= 0; i--) {
    // "湖北省民政厅　2022年1月20日": the organ and its date on one line.
    if (listLines.has(tail[i]?.index ?? -1)) break;
    // A source line under the signature is the page's furniture, not an organ.
    if (SOURCE.test(tail[i]?.key ?? '')) {
      if (found.length) break;
      continue;
    }
    const t = (tail[i]?.raw ?? '').replace(SIGNED_DATE, '').trim();
    const o = t.length <= 40 && !/[，。；：:]/.test(t) ? organs(t) : null;
    if (o) found.unshift(o);
    else if (found.length) break;
  }
  return found.length ? found.join(' ') : null;
}

/** A line that is only a date, as a signature dates the organs above it. */
const DATE_LINE =
  /^(?:\d{4}|[〇零一二三四五六七八九○]{4})\s*年[\s0-9一二三四五六七八九十]{1,4}月[\s0-9一二三四五六七八九十]{1,4}日$/;

/**
 * The organs signed above a date line of their own anywhere below the body: a notice
 * whose attachment list follows it signs above the list, not at the end of the text. Organs
 * signing side by side on the date's own line above it are laid out as columns in a PDF or a
 * Word table ("某县民政局<TAB>某县发展和改革委员会"): a line whose every cell is an organ signs;
 * a table row above a date (a number, a name, a figure) does not, having a cell that is none.
 */
export function issuerSignedAboveDate(doc: KeyedText, bodyLine: number): string | null {
  const lines = doc.lines.filter((l) => l.trimmed !== '' && l.index > bodyLine);
  for (let i = 1; i < lines.length; i++) {
    if (!DATE_LINE.test(lines[i]!.trimmed.replace(/\s+/g, ''))) continue;
    const found: string[] = [];
    for (let j = i - 1; j >= 0; j--) {
      const t = lines[j]!.raw.trim();
      const o = t.length <= 40 && !/[，。；：:]/.test(t) ? organs(t) : null;
      if (!o) break;
      found.unshift(o);
      // A row of organs in columns is the signature's first line: rows above it are a table's.
      if (t.includes('\t')) break;
    }
    if (found.length) return found.join(' ');
  }
  return null;
}

/** The organ dating the line right below the title ("湖北省民政厅　2022年1月20日"), as a results table is headed. */
export function issuerDatedBelowTitle(doc: KeyedText, titleLine: number): string | null {
  const line = doc.lines.find((l) => l.index > titleLine && l.trimmed !== '');
  if (!line || line.raw.includes('\t') || !SIGNED_DATE.test(line.raw)) return null;
  const t = line.raw.replace(SIGNED_DATE, '').trim();
  return t.length <= 40 && !/[，。；：:]/.test(t) ? organs(t) : null;
}

/** The organ a source line names (来源：省民政厅社区处, 來源：三明市林業局), as written. */
function sourcedOrgan(line: KeyedText['lines'][number]): string | null {
  const m = SOURCE.exec(line.key);
  if (!m) return null;
  const at = line.key.indexOf(m[1] ?? '', m.index);
  // "来源: 某市农业农村局作者:佚名": the next field's label may follow with no space.
  return organ(sourceName(line.raw.slice(at, at + (m[1] ?? '').length).replace(BYLINE_FIELDS, '')));
}

/** A source label alone on its line ("来源:"), its name broken onto the next as a copied page's fields are. */
const BARE_SOURCE_LABEL = /^(?:文章来源|信息来源|来[ \u3000]?源)[ \u3000]*[:：]$/;

export function issuerFromSource(doc: KeyedText): string | null {
  const lines = doc.lines.slice(0, 60).filter((l) => l.trimmed !== '');
  for (const [i, line] of lines.entries()) {
    const o = sourcedOrgan(line);
    if (o) return o;
    const next = lines[i + 1];
    if (next && BARE_SOURCE_LABEL.test(line.trimmed)) {
      const named = organ(next.raw);
      if (named) return named;
    }
  }
  return null;
}

/**
 * A page's info line naming the organ that posted it between the date and the page's
 * furniture ("2022-09-09 10:10 某市民政局 字体：[大 中 小]"): an organ's site posts as itself.
 */
const POSTED_BY =
  /^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?[\s\u3000]+([^\s\u3000]{2,30})[\s\u3000]+(?:字体|字号|浏览|点击|阅读|【|\[)/;

export function issuerOnInfoLine(doc: KeyedText, bodyLine: number): string | null {
  for (const line of doc.lines.slice(0, Math.min(bodyLine, 8))) {
    const m = POSTED_BY.exec(line.key.trim());
    if (!m?.[1]) continue;
    const at = line.key.indexOf(m[1]);
    return organ(line.raw.slice(at, at + m[1].length));
  }
  return null;
}

/**
 * The organ a story names as its source at its foot (来源：三明市林业局): the story is that
 * organ's, whatever organ its headline or lead says acted.
 */
export function storySource(doc: KeyedText): string | null {
  const foot = doc.lines.filter((l) => l.trimmed !== '').slice(-FOOT_LINES);
  for (const line of foot.reverse()) {
    const o = sourcedOrgan(line);
    if (o) return o;
  }
  return null;
}

/**
 * A source's name without what the page glues after it: a column after an underscore and the
 * bracket closing the line ("【来源:某市民政局_工作动态】"), and with `day`, the day it ran
 * ("某某网2023-02-15"), read only when the story's own dateline names no paper.
 */
function sourceName(name: string, day = false): string {
  return (day ? name.replace(/\d{4}[-/.年]\d{1,2}.*$/, '') : name)
    .replace(/[_＿][^_＿]*$/, '')
    .replace(/[】\]]$/, '');
}

/** The outlet a source line names (来源：中国网　编辑：…), or null. */
function sourcedOutlet(line: KeyedText['lines'][number], day = false): string | null {
  const story = STORY_SOURCE.exec(line.key.trim());
  if (story?.[1] && !NOT_OUTLET.test(story[1])) {
    const at = line.key.indexOf(story[1]);
    return line.raw.slice(at, at + story[1].length);
  }
  const m = SOURCE.exec(line.key);
  if (!m) return null;
  const at = line.key.indexOf(m[1] ?? '', m.index);
  const name = sourceName(
    line.raw.slice(at, at + (m[1] ?? '').length).replace(/(作者|编辑|责任编辑).*$/, ''),
    day,
  );
  return outletName(name) ?? compiledOutlets(name);
}

/**
 * A story compiled from several outlets ("来源：综合某某新闻网、某某文明网"): the outlets it
 * names, every one of them a name of an outlet, joined as joint issuers are.
 */
function compiledOutlets(name: string): string | null {
  const parts = name
    .replace(/^综合/, '')
    .split('、')
    .map((p) => p.trim());
  if (parts.length < 2 || parts.length > 4) return null;
  return parts.every((p) => outletName(p) !== null) ? parts.join('、') : null;
}

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
  return found ? paperOfJoined(found) : ownPaperInBracket(doc, bodyLine, outletName);
}

/** A weekday set where a page stamp names its paper ("2023年8月5日·星期六·第A03版"). */
const WEEKDAY = /^(?:星期|周|礼拜)[一二三四五六日天]$/;

/**
 * Whether a name is only places ("呼和浩特", "东莞长安", "湖北武汉", "某市"): the city a story is
 * filed from or a page's local edition, never its outlet.
 */
function onlyPlaces(name: string, lookup: RegionLookup): boolean {
  const key = toKey(name);
  let at = 0;
  let ctx: RegionContext = {};
  while (at < key.length) {
    let cut = 0;
    for (let end = key.length; end >= at + 2 && !cut; end--)
      if (lookup.splitPrefix(key.slice(at, end), ctx)?.end === end - at) cut = end;
    if (!cut) return false;
    // The next place is read inside this one ("东莞长安": a town of 东莞).
    ctx = { city: key.slice(at, cut) };
    at = cut;
  }
  return true;
}

function storyOutlet(doc: KeyedText, bodyLine: number, lookup: RegionLookup): string | null {
  // The page's source line above the story says whose the page is, even over the dateline of
  // the wire story it carries ("来源：某某网" above "新华社北京9月22日电").
  for (const line of doc.lines.slice(0, Math.min(bodyLine, 8))) {
    const o = sourcedOutlet(line);
    if (o) return o;
  }
  const body = doc.lines[bodyLine];
  const lead = body
    ? (DATELINE.exec(body.key.trim()) ?? DOTTED_DATELINE.exec(body.key.trim()))
    : null;
  if (lead?.[1] && !NOT_OUTLET.test(lead[1])) {
    const at = body!.key.indexOf(lead[1]);
    return body!.raw.slice(at, at + lead[1].length);
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
    if (site?.[1] && outletName(site[1])) {
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
      namedIn(line, DATED_NEWS, notOrgan) ??
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
      namedIn(line, FIRST_PUBLISHED, outletName);
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
 * The outlet a story's byline or lead names: the reporter's outlet on a byline line above
 * the body (any name: an app such as 读特 has no outlet ending) or in a bracket at the end
 * (a paper's name), or the site the story is passed on from ("据…网3月2日，").
 */
function bylineOutlet(doc: KeyedText, bodyLine: number): string | null {
  const notOrgan = (name: string): string | null => (/[部厅局委办处]$/.test(name) ? null : name);
  for (const line of doc.lines.slice(0, bodyLine + 1)) {
    const o =
      (line.trimmed.length <= 40 ? namedIn(line, BYLINE_LINE, notOrgan) : null) ??
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
  }
  return null;
}

/** "经市司法局2023年第9次局长办公会会议审定同意": the organ the body names as deciding. */
const DECIDED_BY =
  /经([\u4e00-\u9fff]{2,12}?(?:部|厅|局|委|办))[^，。；]{0,30}?(?:审定|研究|审议)(?:同意|决定|通过)/;

/**
 * Of organs signing together, the one the body names as having decided issues the notice;
 * the others co-sign. Without such a sentence, or when it names none of them, all sign.
 */
export function decidingOrgan(issuer: string | null, doc: KeyedText): string | null {
  const signed = issuer?.split(/[\s\u3000]+/).filter(Boolean) ?? [];
  const m = signed.length > 1 ? DECIDED_BY.exec(doc.key) : null;
  if (!m?.[1]) return issuer;
  const short = m[1].replace(/^(省|市|县|区)/, '');
  const hit = signed.filter((o) => toKey(o).endsWith(short));
  return hit.length === 1 ? (hit[0] ?? issuer) : issuer;
}
