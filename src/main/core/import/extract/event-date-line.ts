/**
 * A date alone on its line that heads what happened that day ("2011年12月20日" / "长春" /
 * "喜获“全国文明城市”荣誉称号", a poster's or chronicle's layout) dates that event, not the page:
 * no signature, though nothing signs before it. Only the lines right below it count, and only a
 * verb telling an event (获, 荣获, 被评为, 召开…) there, and only inside a story already begun.
 */
const EVENT =
  /(?:喜获|荣获|获得|获评|被评为|被命名为|被确定为|被授予|入选|召开|举行|开幕|揭牌|成立)/;
/** How many lines below the date the event may be told (the place may stand on its own line). */
const BELOW = 2;

/**
 * The story told before the date: a page's masthead date over its headline (…入选…) opens the
 * page and dates it, so the date must stand inside the story.
 */
const STORY_BEFORE = 100;

/**
 * A line past the document's own text — its attachments (附件：关于召开…的回执), the page's links
 * to other posts (上一篇：…推进会召开, 相关新闻): an event told there is another document's, and
 * the date above them signs this one.
 */
const PAGE_PART =
  /^[【[]?\s*(?:附件|附：|附:|上一?篇|下一?篇|上一条|下一条|前一篇|后一篇|相关|推荐|延伸阅读|热点|热门|更多|抄送|责任编辑|来源)/;
/** A closing formula: the date right after it signs the document. */
const CLOSING = /(?:特此(?:通知|公告|公示|通报|批复|报告|函告)|此复)[。.]?$/;

/** Whether the line at `i` of `lines` (their texts, blank lines dropped) dates an event below. */
export function datesEventBelow(lines: readonly string[], i: number): boolean {
  const before = lines.slice(0, i).reduce((n, l) => n + l.length, 0);
  if (before < STORY_BEFORE || CLOSING.test(lines[i - 1] ?? '')) return false;
  for (const l of lines.slice(i + 1, i + 1 + BELOW)) {
    if (PAGE_PART.test(l)) return false;
    if (l.length <= 40 && EVENT.test(l)) return true;
  }
  return false;
}
