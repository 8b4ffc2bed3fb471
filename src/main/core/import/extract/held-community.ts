/**
 * A story telling a community or village as the subject holding a zone ("幸福社区作为全国社区治理
 * 和服务创新实验区，…"): the community is a part of the zone's place, never a division a zone is
 * confirmed for, and its bare name is shared by hundreds of places. It is read where the story
 * writes it under its place ("…来到天心区幸福社区调研"), that whole name the item; where the story
 * never places it, it is no item (the zone's own list names the place). A community written
 * with its place, or one told as anything else, is left as read.
 */
import type { ListDraft } from './drafts';
import { onePlaceDraft } from './one-place-draft';
import type { KeyedText } from './text-key';
import type { RegionLookup } from './types';

/** How far before the name its place may start, and how a place written there ends. */
const PLACE_MAX = 16;
const PLACE_END = /(?:区|县|市|旗|街道|镇|乡)$/;

/** A bare community's name (no county-level place written in it). */
const BARE_COMMUNITY = /^[\u4e00-\u9fff]{1,8}?(?:社区|村|居委会|嘎查)$/;
const LEVEL_IN_NAME = /[区县市旗镇乡]|街道/;
/** The subject told as holding a zone or pilot area, right after the name. */
const HELD_AS_ZONE = /^作为[^。；;，,]{2,40}?(?:实验区|试验区|试点地区|试点城市)/;

type Item = ListDraft['items'][number];

/**
 * The list with each bare community told as holding a zone read under the place the story writes
 * it at, or dropped where it never places it.
 */
export function withHeldCommunitiesPlaced(
  doc: KeyedText,
  lookup: RegionLookup,
  list: ListDraft,
): ListDraft {
  let changed = false;
  const items: Item[] = [];
  for (const it of list.items) {
    const name = doc.key.slice(it.start, it.end);
    const held =
      BARE_COMMUNITY.test(name) &&
      !LEVEL_IN_NAME.test(name.replace(/(?:社区|村|居委会|嘎查)$/, '')) &&
      HELD_AS_ZONE.test(doc.key.slice(it.end, it.end + 60));
    if (!held) {
      items.push(it);
      continue;
    }
    changed = true;
    const placed = placedCommunity(doc, lookup, name);
    if (placed) items.push({ ...placed.items[0]!, seq: it.seq });
  }
  return changed ? { ...list, items } : list;
}

/** The community `name` where the story writes it under its place, as one item; or null. */
function placedCommunity(doc: KeyedText, lookup: RegionLookup, name: string): ListDraft | null {
  for (let at = doc.key.indexOf(name); at >= 0; at = doc.key.indexOf(name, at + 1)) {
    const place = placeBefore(doc.key.slice(Math.max(0, at - PLACE_MAX), at), lookup);
    if (!place) continue;
    const start = at - place.length;
    return onePlaceDraft(doc, start, at + name.length);
  }
  return null;
}

/** The longest place written right before a name: a division read whole, down to its town. */
function placeBefore(before: string, lookup: RegionLookup): string | null {
  for (let k = before.length; k >= 2; k--) {
    const written = before.slice(-k);
    if (!PLACE_END.test(written) || !/^[\u4e00-\u9fff]+$/.test(written)) continue;
    const hit = lookup.splitPrefix(written, {});
    if (hit && hit.end === written.length) return written;
  }
  return null;
}
