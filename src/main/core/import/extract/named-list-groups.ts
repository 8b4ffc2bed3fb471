/**
 * One sentence telling which names joined which named list: "…具体包括，A镇、B镇入围“千年古镇”
 * 名单，C村入围“千年古村落”名单，D老街、E老街入围“古街巷”名单，…". Each group's names are
 * entries and the quoted list it joined is its category. The names need not be divisions (old
 * streets, sites, former residences): a name the division list does not read lies at the place
 * the sentence names before its first group (the city or county whose list it is), its whole
 * name the unit. Only a sentence of at least two such groups, every piece of each a short name,
 * is read so; a run whose names are all places is left to the prose reader.
 */
import type { ItemDraft, ListDraft } from './drafts';
import { labelContext } from './prose-labels';
import type { KeyedText } from './text-key';
import type { RegionContext, RegionLookup } from './types';

/** A group: its names, the verb of joining, the quoted name of the list and 名单/名录. */
const GROUP =
  /([^，,；;：:。！？!?“”"]+?)(?:均|先后|同时|成功|顺利)?(?:入围|入选|列入|位列|纳入|被列入)了?[“"「『]([^”"」』]{2,30})[”"」』](?:名单|名录)/g;
/** What may stand between two groups: the clause separator. */
const BETWEEN = /^[，,；;]\s*$/;
/** A short name: no clause in it. */
const NAME = /^[\u4e00-\u9fff\d]{2,20}$/;
const CLAUSE_WORD = /[是有将对在的了]|开展|推进/;

interface Group {
  names: { start: number; end: number }[];
  list: string;
  /** The list as written after the verb ("“千年古镇”名单"): the programme the group joined. */
  phrase: string;
  start: number;
  end: number;
}

/** The groups of one sentence (`text` the key, `at` its offset), or null when it is no such run. */
function groupsOf(text: string, at: number): Group[] | null {
  const groups: Group[] = [];
  let last = -1;
  for (const m of text.matchAll(GROUP)) {
    const from = m.index ?? 0;
    if (last >= 0 && !BETWEEN.test(text.slice(last, from))) return null;
    const segment = m[1] ?? '';
    const names: Group['names'] = [];
    let offset = from;
    for (const piece of segment.split('、')) {
      const name = piece.trim();
      if (!NAME.test(name) || CLAUSE_WORD.test(name)) return null;
      const start = at + offset + piece.indexOf(name);
      names.push({ start, end: start + name.length });
      offset += piece.length + 1;
    }
    const list = m[2] ?? '';
    const phrase = m[0].slice(m[0].indexOf(list) - 1);
    groups.push({ names, list, phrase, start: at + from, end: at + from + m[0].length });
    last = from + m[0].length;
  }
  return groups.length >= 2 ? groups : null;
}

/** The last city or county the words before the first group name ("首批15个某某市…名录名单具体包括"). */
function placeBefore(intro: string, lookup: RegionLookup): string | null {
  let found: string | null = null;
  for (let i = 0; i < intro.length; i++) {
    const hit = lookup.splitPrefix(intro.slice(i), {});
    if (!hit || hit.end < 2 || !/[市县区旗]$/.test(hit.regionText)) continue;
    found = hit.regionText;
    i += hit.end - 1;
  }
  return found;
}

/**
 * The entries of one group: a name the division list reads whole is a place in the sentence's
 * place; any other lies at that place, its name the unit (null when the sentence names none).
 */
function itemsOf(
  doc: KeyedText,
  g: Group,
  place: string | null,
  ctx: RegionContext,
  lookup: RegionLookup,
): ItemDraft[] | null {
  const items: ItemDraft[] = [];
  for (const n of g.names) {
    const name = doc.text.slice(n.start, n.end);
    const hit = lookup.splitPrefix(name, ctx);
    const whole = hit !== null && hit.end === name.length;
    if (!whole && !place) return null;
    items.push({
      seq: null,
      start: n.start,
      end: n.end,
      regionText: whole ? name : place!,
      ...(place ? { regionContext: ctx } : {}),
      ...(whole ? {} : { unit: name }),
      title: '',
      warnings: [],
    });
  }
  return items;
}

export function detectNamedListGroups(
  doc: KeyedText,
  lookup: RegionLookup,
  consumed: ReadonlySet<number>,
): ListDraft[] {
  const lists: ListDraft[] = [];
  for (const line of doc.lines) {
    if (consumed.has(line.index) || line.trimmed === '') continue;
    for (const s of line.key.matchAll(/[^。！？!?]+/g)) {
      const at = line.start + (s.index ?? 0);
      const groups = groupsOf(s[0], at);
      if (!groups) continue;
      const intro = doc.key.slice(at, groups[0]!.start);
      const place = placeBefore(intro.slice(-80), lookup);
      const ctx: RegionContext = place ? labelContext(place, {}) : {};
      const read = groups.map((g) => ({ group: g, items: itemsOf(doc, g, place, ctx, lookup) }));
      if (read.some((r) => r.items === null)) continue;
      if (read.every((r) => r.items!.every((it) => it.unit === undefined))) continue;
      for (const { group, items } of read) {
        lists.push({
          layout: 'sentence',
          items: items!,
          start: group.names[0]!.start,
          end: group.names[group.names.length - 1]!.end,
          categories: [
            { name: group.list, stated: null, found: items!.length, start: group.start },
          ],
          lineIndexes: [line.index],
          phrase: group.phrase,
          // One sentence's groups: no repeat of each other (see drafts.ts).
          sibling: groups[0]!.start,
        });
      }
    }
  }
  return lists;
}
