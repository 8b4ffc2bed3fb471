/**
 * The issuing organ: from the title (「X关于…」, 「X确认/公布…」, several organs joined by
 * spaces), from the signature below the body (one organ per line or several on one), from a
 * source line (来源：省民政厅社区处). A news item's issuer is its outlet: the paper or site
 * in its dateline (华龙网讯, 青岛日报/…讯, 黑龙江日报6月8日讯) or source line (来源：中国网).
 * Body sentences that merely mention an organ are never used.
 */
import { isMemberRoll } from './member-roll';
import { toKey, type KeyedText } from './text-key';
import { readNumbering } from './numbering';
import { MASK } from './text-warnings';
import { namesNoOrgan } from './no-organ-name';

/**
 * The people's organisations go by their short names (某省残联, 某市妇联, 某市科协), which end
 * in none of an office's words: they issue notices and source stories as any organ does.
 */
const ORGAN =
  /(部|厅|局|委|委员会|政府|办公厅|办公室|办|处|科|司|中心|院|署|会|组|站|(?:妇|残|侨|文|工商|青|社科)联|科协|政协)$/;
/** Words that end like an organ but name none (a theme's "新格局" wrapped onto its own line). */
// A courtyard home ends in 院 too (幸福大院, 海棠别院): a facility honoured, never an organ.
// A company (某某有限公司, a site's header "某某公司官网") ends in 司 like a ministry's department
// (民政部社会事务司) but is no organ: a firm's site heads its pages with its own name.
// A meeting ends in 会 as an association does (某某项目评审会, 某某工作推进会): a headline naming an
// event, never who wrote it.
const NOT_ORGAN =
  /(格局|布局|结局|大局|全局|开局|机会|社会|体会|聚会|约会|^出处|大院|小院|庭院|别院|宅院|四合院|公司|(?:评审|座谈|推进|交流|研讨|发布|表彰|动员|培训|现场|报告|分享|见面|论证|听证|观摩|部署|总结)会)$/;
const TITLE_ISSUER = /^(.{2,60}?)(关于|印发|转发|发布|公布|确认|命名|通报)/;
/**
 * A source line, its label perhaps spaced out to the width of the others ("来 源：", "编 辑："),
 * or written 来自 as some portals print it ("2016年08月24日 来自: 某某网"); a post's label may
 * stand off its name by a bar or a slash instead of a colon ("来源丨某某网", "来源｜某市某局",
 * "来源/某市农业农村委员会").
 */
// A disclosure table's organ label stands in a cell of its own, its organ in the next
// cell ("发布机构 | 某省民政厅", a tab between them), spaced out or not ("发 布 机 构").
// A picture's or a video's credit (图片来源：某某, 视频来源) names who made the image, not
// where the story ran: no source line.
// A platform's repost labels the item's source 媒体 ("媒体:某市人民政府网站 作者:…"), opening a field.
// A page's publisher label (发布者：某某总站) names who posted it, as 发布单位 does; a person
// posting is no organ and is left to the organ's own test.
export const SOURCE =
  /(?:文章来源|信息来源|(?<!图片|图|照片|视频|封面)来[ \u3000]?源|(?<![\u4e00-\u9fff])媒[ \u3000]?体|来自|发布者|发布单位|发布机构|发文单位|发文机关|发[ \u3000]*布[ \u3000]*机[ \u3000]*构)(?:\s*(?:[:：]|(?<=源)\s*[丨｜|/／])|(?<=[构关位])[ \u3000]*\t)\s*([^\s|｜丨]+)/;
/** A news page's 稿源 line names the outlet that wrote the story (稿源：甬派), whatever its name. */
const STORY_SOURCE = /^稿源\s*[:：]\s*([\u4e00-\u9fff]{2,10})(?=[\s\u3000]|$)/;
/** The next byline field glued after a source's name (来源：某局作者：某某). */
const BYLINE_FIELDS = /(作者|编辑|责任编辑|责编|记者|审核|点击数|点击|浏览量?|阅读量?)\s*[:：].*$/;
/**
 * A newspaper, news site or broadcaster by its name's ending (中国网, 河北日报, 长沙晚报), a
 * site's finance channel too (中国网财经).
 */
/** A county's or district's merged newsroom (某县融媒体中心, a paper's 某报融媒 or 某报社某某全媒体) is an outlet like a paper, and so is a city's media group (某某新闻传媒集团, 某某报业集团). */
/** The national wires are named without 通讯社 (新华社, 中新社). */
const OUTLET =
  /^(?:[\u4e00-\u9fff]{1,10}?(日报|晚报|晨报|时报|商报|都市报|报|报社|网|信息港|在线|客户端|新闻|网财经|电视台|广播电台|新闻社|通讯社|融媒体中心|融媒中心|融媒|全媒体|传媒集团|报业集团|微信公众号|公众号)|新华社|中新社)$/;
/**
 * A site and the paper it reprints, joined by a dash ("中国甘肃网-民族日报"), a doubled one too
 * ("某某新闻网--某某报"): one joiner however many strokes the page typed.
 */
const OUTLET_JOINER = /[-－—–]+/;
/**
 * A page's info line opened by its site's name (and address) before the date ("平安临沂网 发布时间：…"),
 * or by the outlet that wrote the item, glued on ("某市融媒体中心发布时间：…").
 */
export const SITE_INFO =
  /^(?:(?:https?:\/\/)?[a-z0-9.-]+\.(?:com|cn|net|org)\S*\s+)?([\u4e00-\u9fff]{2,10}?(?:网|在线|融媒体中心|融媒中心|日报|晚报|客户端|电视台))\s*(?:发布时间|发布日期|时间)\s*[:：]/i;
/** How many lines at the foot of a page may carry its source line (来源：贵阳晚报). */
export const FOOT_LINES = 4;
/** Generic words for a website, the paper itself or the web at large: no outlet is named. */
export const NOT_OUTLET = /网站|门户|本网|本报|^政府|^中国政府网$|^互联网$/;
/** A date after the organ on its signature line. */
const SIGNED_DATE =
  /[\s\u3000]+(?:\d{4}|[〇零一二三四五六七八九○]{4})\s*年[\s0-9一二三四五六七八九十]{1,4}月[\s0-9一二三四五六七八九十]{1,4}日\s*$/;
/** Navigation and page furniture that ends like an organ (收藏本站, 回顶部 with its 部). */
const CHROME = /首页|本站|网站地图|联系我们|版权|主办|承办|备案|顶部/;

export function organ(text: string): string | null {
  const t = text
    .trim()
    .replace(/(门户网站|官方网站|官网|网站)$/, '')
    .replace(/^[(（]|[)）]$/g, '')
    .trim();
  // A sentence is no organ, whatever the width of its commas (pages set them half-width), and
  // neither is a cited document's title, open or closed ("…,民政部發布《民政部" cut there).
  if (t.length < 2 || t.length > 30 || /[，,。；;、《》]/.test(t) || CHROME.test(t)) return null;
  // A generic word ("政府网站", "本网") names no one.
  if (/^(人民)?政府$|^本(网|站|报)/.test(toKey(t)) || namesNoOrgan(toKey(t))) return null;
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
/**
 * An outlet's group, app or brand before the paper or site, joined by a middle dot ("新某某·某某日报",
 * "某某报业·某某日报", "某报融媒·某某网"): the source line's name as the page writes it, whole, as a
 * dash joins a site and its paper (a dateline's "某网·某频道讯" names its site: news-outlet.ts).
 */
const BRAND_DOT = /[·•・]/;

export function outletName(text: string): string | null {
  const t = text.trim();
  const key = toKey(t);
  const isOutlet = (p: string): boolean => OUTLET.test(p) && !NOT_OUTLET.test(p);
  const dot = key.split(BRAND_DOT);
  const paper = dot[dot.length - 1] ?? '';
  if (dot.length === 2 && isOutlet(paper)) return t;
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
  const tail = doc.lines.filter(
    (l) => l.trimmed !== '' && l.index > bodyLine && !l.raw.includes('\t'),
  );
  // The signature starts among the text's last lines, but a long one (nine departments on five
  // lines above the date, the attachment's heading below) is read whole, up past that window.
  const foot = tail.length - 8;
  const found: string[] = [];
  for (let i = tail.length - 1; i >= 0; i--) {
    if (i < foot && found.length === 0) break;
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
  // A page closing on its member units one a line closes on a list, which signs nothing.
  return found.length && !isMemberRoll(found) ? found.join(' ') : null;
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
    if (found.length) return isMemberRoll(found) ? null : found.join(' ');
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
 * A story's closing credit in brackets, after its last sentence or on a line of its own
 * ("…职能作用。（县民政局）", "（市民政局某某中心 张某某）"): the organ that wrote the item up, as
 * a government site credits what it runs. The writer's name after the organ is no part of it;
 * a bracket closing a list's line or a sentence's aside credits no one.
 */
const CLOSING_CREDIT =
  /(?:^|[。！!])\(([\u4e00-\u9fff]{2,30}?)(?:[ \u3000]+[\u4e00-\u9fff]{2,4})?\)$/;

function creditOn(line: KeyedText['lines'][number]): string | null {
  const key = line.key.trim();
  // A numbered task closed by its responsible organ ("（三）推进智慧社区建设。（县大数据局）")
  // is a plan's division of work: the organ does the task, it wrote nothing up.
  if (readNumbering(key)) return null;
  const m = CLOSING_CREDIT.exec(key);
  if (!m?.[1]) return null;
  const at = line.key.lastIndexOf(m[1]);
  return organ(line.raw.slice(at, at + m[1].length));
}

export function issuerFromClosingCredit(doc: KeyedText): string | null {
  const credits = doc.lines.map(creditOn).filter((o) => o !== null);
  // A story is credited once; organs closing several sentences are who does each task.
  return credits.length === 1 ? (credits[0] ?? null) : null;
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
 * Words naming no one as a source (as named-source's list): the web at large, the site itself, a
 * compilation, an unknown or several sources.
 */
const NO_SOURCE =
  /^(?:互联网|网络|本站|本网|本报|原创|转载|综合|不详|未知|暂无|佚名|网友|其他|其它|门户|来源)|网络$|网站|等/;
/**
 * Who handed the item in or what it was made from (作者投稿, 受访者供图, 根据…整理, 转自某某)
 * and the platforms an account posts on (今日头条, 学习强国, 百家号), not the account: no one.
 */
const NO_ACCOUNT =
  /投稿|供稿|供图|整理|转自|作者|受访者|记者|通讯员|今日头条|头条号|学习强国|百家号|公众号|微博|抖音|快手|(?:频道|栏目|专栏|版块|板块)$/;
/** An account's or an app's name runs to four characters; two or three are a person's name. */
const ACCOUNT_MIN = 4;
/** A source line at a story's foot holding one name alone (来源:某某, 來源：某某). */
const FOOT_SOURCE =
  /^(?:文章来源|信息来源|[来來][ \u3000]?源)[ \u3000]*[:：丨｜|][ \u3000]*([\u4e00-\u9fff]{2,8})$/;

/**
 * An account or an app a story's foot names as its source by its own name, ending in no
 * organ's or outlet's word (来源:掌上达州, 來源:滁州文旅): the item is that account's, as a 稿源
 * line names its outlet whatever its name. Read last, when nothing else names the issuer.
 */
export function footSourceName(doc: KeyedText): string | null {
  const foot = doc.lines.filter((l) => l.trimmed !== '').slice(-FOOT_LINES);
  for (const line of foot.reverse()) {
    const m = FOOT_SOURCE.exec(line.key.trim());
    const name = m?.[1];
    if (!name || name.length < ACCOUNT_MIN) continue;
    if (NO_SOURCE.test(name) || NO_ACCOUNT.test(name) || NOT_OUTLET.test(name)) continue;
    const at = line.key.lastIndexOf(name);
    return line.raw.slice(at, at + name.length);
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
export function sourcedOutlet(line: KeyedText['lines'][number], day = false): string | null {
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
