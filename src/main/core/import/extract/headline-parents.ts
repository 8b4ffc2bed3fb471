/**
 * A headline names the places of a story's entries short and counted ("…烟台、德州2地上榜"), the
 * body then names each entry in full below them ("烟台市龙口市：…", "德州市临邑县：…"). The
 * headline's places are where the entries lie, not entries of their own: a place read from the
 * headline is dropped when the body writes it followed by a division inside it. A headline place
 * the body never goes below stays an entry, and so does a headline's one place (its subject).
 */
import type { ListDraft } from './drafts';
import { toKey, type KeyedText } from './text-key';
import type { RegionLookup } from './types';

/** The code's prefix its divisions share: a province's two digits, a city's four. */
function ownPrefix(code: string): string | null {
  if (code.endsWith('0000')) return code.slice(0, 2);
  if (code.endsWith('00')) return code.slice(0, 4);
  return null;
}

/** Whether the body after `from` writes `place` and, right after it, a division inside it. */
function bodyGoesBelow(doc: KeyedText, from: number, place: string, lookup: RegionLookup): boolean {
  const name = toKey(place);
  const code = name.length >= 2 ? lookup.codeOf?.(name, {}) : null;
  // A county's headline place has no division the body could name below it as an entry.
  const prefix = code ? ownPrefix(code) : null;
  if (!prefix) return false;
  for (let at = doc.key.indexOf(name, from); at >= 0; at = doc.key.indexOf(name, at + 1)) {
    const hit = lookup.splitPrefix(doc.key.slice(at, at + 24), {});
    const below = hit ? lookup.codeOf?.(hit.regionText, {}) : null;
    if (below && below !== code && below.startsWith(prefix)) return true;
  }
  return false;
}

export function withoutHeadlineParents(
  doc: KeyedText,
  lists: ListDraft[],
  lookup: RegionLookup,
): ListDraft[] {
  const head = doc.lines.find((l) => l.trimmed !== '');
  if (!head) return lists;
  const inHead = (at: number): boolean => at >= head.start && at <= head.end;
  return lists
    .map((list) => {
      // Only a run of places in the headline (烟台、德州…): a headline's one place ("某市入围…")
      // is the story's subject, which the programme and the other readers go by.
      if (list.items.filter((it) => inHead(it.start)).length < 2) return list;
      const items = list.items.filter(
        (it) =>
          !(
            inHead(it.start) &&
            it.title === '' &&
            !it.unit &&
            it.regionText &&
            bodyGoesBelow(doc, head.end, it.regionText, lookup)
          ),
      );
      return items.length === list.items.length ? list : { ...list, items };
    })
    .filter((list) => list.items.length > 0);
}
