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

/** Whether the line at `i` of `lines` (their texts, blank lines dropped) dates an event below. */
export function datesEventBelow(lines: readonly string[], i: number): boolean {
  const before = lines.slice(0, i).reduce((n, l) => n + l.length, 0);
  return (
    before >= STORY_BEFORE &&
    lines.slice(i + 1, i + 1 + BELOW).some((l) => l.length <= 40 && EVENT.test(l))
  );
}
