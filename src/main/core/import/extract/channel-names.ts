/**
 * "南通" alone on a line right above "首页>地方频道>南通>要闻": a portal's channel, the site's
 * own furniture naming the section the page sits in, not a place the page lists. An entry read
 * from such a line is dropped; a place on a line no breadcrumb repeats stays.
 */
import type { ListDraft } from './drafts';
import { comparable, type KeyedText } from './text-key';

/** A breadcrumb: two or more steps parted by > or », the site's home usually first. */
const BREADCRUMB = /^[^>»＞]{1,12}(?:\s*[>»＞]\s*[^>»＞]{1,12}){2,}$/;

/** How far below its channel line a breadcrumb may stand. */
const REACH = 2;

function isChannelLine(doc: KeyedText, lineIndex: number): boolean {
  const line = doc.lines[lineIndex];
  const name = comparable(line?.key ?? '');
  if (name === '' || name.length > 8) return false;
  return doc.lines.slice(lineIndex + 1, lineIndex + 1 + REACH).some((l) => {
    const crumb = l.key.trim();
    return BREADCRUMB.test(crumb) && crumb.split(/[>»＞]/).some((s) => comparable(s) === name);
  });
}

const lineOf = (doc: KeyedText, at: number): number =>
  doc.lines.findIndex((l) => at >= l.start && at < l.end);

/**
 * Whether the filled line above `lineIndex` is another short entry of the list: the line then
 * ends a column of places one per line (a county list running into a breadcrumb below it),
 * while a channel line stands above the page's headline, alone.
 */
function endsEntryColumn(doc: KeyedText, list: ListDraft, lineIndex: number): boolean {
  let above = lineIndex - 1;
  while (above >= 0 && doc.lines[above]!.key.trim() === '') above--;
  const line = doc.lines[above];
  if (!line || comparable(line.key).length > 8) return false;
  return list.items.some((it) => lineOf(doc, it.start) === above);
}

/** The list without entries read from a channel line; the list as is when none was. */
export function withoutChannelNames(doc: KeyedText, list: ListDraft): ListDraft {
  const items = list.items.filter((it) => {
    const at = lineOf(doc, it.start);
    return at < 0 || !isChannelLine(doc, at) || endsEntryColumn(doc, list, at);
  });
  if (items.length === list.items.length || items.length === 0) return list;
  return { ...list, items, end: items[items.length - 1]!.end };
}
