/**
 * What on a web page is not the notice: site chrome found by element, by class/id/role
 * and, for the chrome that carries no markup hint (breadcrumb lines, "打印本页", ICP
 * numbers), by short lines of text. Deliberately conservative: a junk rule that eats a
 * notice's title is worse than a stray "分享到" line the extractor ignores.
 */

/** Elements whose whole content is never notice text. */
export const JUNK_ELEMENTS = new Set([
  'script',
  'style',
  'nav',
  'aside',
  'form',
  'iframe',
  'noscript',
  'template',
  'svg',
  'math',
  'select',
  'button',
  'object',
  'embed',
  'canvas',
  'audio',
  'video',
  'map',
  'head',
  'textarea',
]);

/** Chrome only outside <article>/<main>: inside, <header> holds the notice's own title. */
export const PAGE_CHROME_ELEMENTS = new Set(['header', 'footer']);

/** Never dropped for their class/id: a `<body class="nav-open">` must not empty the page. */
const NEVER_JUNK_BY_ATTR = new Set(['html', 'body', 'main', 'article']);

// Stems safe to find anywhere in a class/id word ("bdsharebuttonbox", "breadcrumbs").
const JUNK_STEMS = [
  'breadcrumb',
  'crumb',
  'share',
  'copyright',
  'sidebar',
  'footer',
  'navbar',
  'fenxiang',
  'friendlink',
];
// Short words only as a whole word ("nav" but not "canvas", "menu" but not "menus-content").
const JUNK_WORDS = new Set([
  'nav',
  'navi',
  'navigation',
  'menu',
  'submenu',
  'foot',
  'related',
  'relate',
  'toolbar',
  'topbar',
  'dqwz',
  'weizhi',
  'position',
  'location',
  'xgwz',
  'xglj',
  'banner',
  'login',
  'search',
  'qrcode',
  'ewm',
]);
const JUNK_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'search',
  'complementary',
  'menu',
  'menubar',
]);

export function isJunkByAttributes(name: string, attrs: Record<string, string>): boolean {
  if (NEVER_JUNK_BY_ATTR.has(name)) return false;
  if (attrs.hidden !== undefined || attrs['aria-hidden'] === 'true') return true;
  const style = (attrs.style ?? '').toLowerCase().replace(/\s+/g, '');
  if (style.includes('display:none') || style.includes('visibility:hidden')) return true;
  if (attrs.role && JUNK_ROLES.has(attrs.role.toLowerCase())) return true;
  return hasJunkWord(`${attrs.class ?? ''} ${attrs.id ?? ''}`);
}

function hasJunkWord(classAndId: string): boolean {
  if (classAndId.trim() === '') return false;
  // Split "shareBar", "nav_top", "foot-links" into lower-case words.
  const words = classAndId
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
  return words.some((w) => JUNK_WORDS.has(w) || JUNK_STEMS.some((s) => w.includes(s)));
}

const JUNK_LINE_PATTERNS: RegExp[] = [
  /^(您)?(现在|当前)?的?(所在)?的?位置\s*[:：]/, // breadcrumb: 您当前的位置：首页 >> …
  /^(分享到|分享)\s*[:：]?/,
  /(打印本页|关闭窗口|【打印】|【关闭】|\[打印\]|\[关闭\]|【返回顶部】)/,
  /字体\s*[:：]?\s*[【[]?\s*大\s*中\s*小/,
  /^(版权所有|Copyright\b|©)/i,
  /(扫一扫在手机|手机扫描二维码|用微信扫描)/,
  /(ICP[备证]\s*\d+|公网安备|网站标识码)/,
  /^(主办|承办|技术支持|网站维护)(单位)?\s*[:：]/,
  /^(上一篇|下一篇|上一条|下一条)\s*[:：]/,
  /^(相关链接|相关文章|相关阅读|相关新闻)\s*[:：]?$/,
  /^【?\s*(打印|关闭|收藏|返回)\s*】?(\s*【?\s*(打印|关闭|收藏|返回)\s*】?)*$/, // A page's navigation links, each alone on its line under the story (回首页, 返 回, 回顶部,
  // 点击查看全文): furniture that would stand between the story and its foot's source line.
  /^(?:回到?首\s*页|返\s*回(?:首\s*页|顶\s*部|上一?页|列表)?|回到?顶\s*部|返回顶部|(?:点击)?(?:查看|阅读)全文)$/,
];

/**
 * A date a page's info line stamps, in figures or written out ("2024年03月14日 字体：…"), or with
 * the year in its own box before the month, the day and the time ("2021 04/11 22:34 字体：…").
 */
const DATE_LABEL =
  /(发布|发表|成文|发文)?(时间|日期)\s*[:：]?\s*\d{4}|发布于\s*\d{4}|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}\.\d{1,2}\.\d{4}|\d{4}年\d{1,2}月\d{1,2}日|(?:19|20)\d{2}\s+\d{1,2}\s*\/\s*\d{1,2}\s+\d{1,2}:\d{2}/;

/**
 * A page's info line naming where the article comes from ("来源：云浮日报　责任编辑：…"), or the
 * outlet a repost was taken from ("本文转自：某某客户端", "来自：某某网"), in either script.
 */
const SOURCE_LABEL = /(?:(?:文章|信息)?[来來]源|[来來]自|[转轉]自)\s*[:：]\s*\S/;

/** A short line of site chrome that carries no markup hint. */
export function isJunkLine(line: string): boolean {
  const t = line.trim();
  if (t === '' || t.length > 80) return false;
  // A page's info line ("发布时间：2020-04-12 来源：… 字体：[大 中 小]") carries the notice's date…
  if (DATE_LABEL.test(t)) return false;
  // …or its source, the outlet a news item is issued by.
  if (SOURCE_LABEL.test(t)) return false;
  return JUNK_LINE_PATTERNS.some((re) => re.test(t));
}
