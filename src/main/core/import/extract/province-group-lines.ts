/**
 * A list written one group a line, each line a heading with its count and the names after a
 * colon ("一、历史城镇名（8个）：昆明、大理、…、凤羽、束河"), in a notice whose province is
 * written (its issuer or title): a line that gave nothing beside a sibling that was read names
 * its places bare, townships without 镇/街道 and old names the division data finds only inside
 * that province. Such a line is read again with the province as the readers' context. Only
 * the lists lying wholly on those lines are taken; everything read before stays as it was.
 */
import type { ListDraft } from './drafts';
import type { DetectedLists } from './lists';
import type { KeyedText } from './text-key';
import type { RegionContext, RegionLookup } from './types';
import { unreadGroupLinesOf } from './unread-group-lines';

/** A lookup whose readings default to `province` where the text gives no province of its own. */
function inProvince(lookup: RegionLookup, province: string): RegionLookup {
  return {
    ...lookup,
    splitPrefix: (text, ctx: RegionContext) =>
      lookup.splitPrefix(text, ctx.province ? ctx : { ...ctx, province }),
  };
}

export function groupLinesInProvince(
  doc: KeyedText,
  first: DetectedLists,
  lookup: RegionLookup,
  province: string | null,
  detect: (reader: RegionLookup) => DetectedLists,
): DetectedLists {
  if (!province) return first;
  const unread = unreadGroupLinesOf(doc, first.lists);
  if (!unread.length) return first;
  const again = detect(inProvince(lookup, province));
  const onUnread = (list: ListDraft): boolean =>
    list.items.length > 0 &&
    list.items.every((it) => unread.some((g) => it.start >= g.line.start && it.end <= g.line.end));
  const more = again.lists.filter(onUnread);
  if (!more.length) return first;
  const listLines = new Set(first.listLines);
  for (const g of unread)
    if (more.some((l) => l.start < g.line.end && l.end > g.line.start)) listLines.add(g.line.index);
  return {
    lists: [...first.lists, ...more].sort((a, b) => a.start - b.start),
    listLines,
    retold: first.retold,
  };
}
