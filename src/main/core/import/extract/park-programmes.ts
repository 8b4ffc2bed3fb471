/**
 * Park programmes: a national programme builds parks by batch and accepts them later
 * (国家农业科技园区, 国家现代农业产业园), the life of an experiment zone, so their lists are zones;
 * a demonstration park (…示范园区) stays an honour, and a development zone named 园区 after its
 * city (某某工业园区) is a place. Each park is named after its place and the programme without its
 * scope ("某县现代农业产业园"): what follows the place repeats the programme, no title of its own.
 */
import { programmeBase } from '../../records/programme-name';
import { toKey } from './text-key';
import type { RegionContext, RegionLookup } from './types';

/** The park word ending a national programme's name, matched with the programme before it. */
export const PARK_PROGRAMME = /国家级?[\u4e00-\u9fff]{0,8}?(?<!示范)(?:科技园区|产业园)(?!区)/g;
/** The same park word as where a programme's name ends, the programme behind it. */
export const PARK_PROGRAMME_END =
  '(?<=国家级?[\\u4e00-\\u9fff]{0,8})(?<!示范)(?:科技园区|产业园)(?!区)';

/**
 * A park written in prose after its place ("甲县现代农业产业园和乙市现代农业产业园入选…",
 * "分别是某省甲县现代农业产业园、…"): the park word names the programme's unit at that place,
 * no title; only before what closes an entry (a separator, 和/及, 等, a count, a listing verb),
 * so a park doing something ("…产业园建设…") stays a sentence about it.
 */
export const PARK_AFTER_PLACE =
  /^(?![0-9一二两三四五六七八九十百几多])(?:(?![个家所和及与])[\u4e00-\u9fff]){0,8}?(?<!示范)(?:科技园区|产业园)(?!区)(?=$|以及|和|及|与|等|[0-9一二两三四五六七八九十]|被|成功|光荣|顺利|入选|入围|获|荣获|上榜|通过|全部|均)/;

/** The scope a programme's name opens with, which a unit named after it leaves out. */
const SCOPE = /^(?:国家级?|全国|省级|全省|市级|全市|县级|全县)/;

/** Whether `title` is only `programme` again, written with or without its scope. */
export function echoesProgramme(title: string, programme: string | null): boolean {
  return echoOf(programme)(title);
}

/**
 * `echoesProgramme` for one programme, its keyed forms made once: a list asks it of every
 * item under the same programme, so keying the programme per item keyed it ~30 times a list.
 */
export function echoOf(programme: string | null): (title: string) => boolean {
  if (!programme) return () => false;
  // A copy in traditional characters writes the same programme.
  const p = programmeBase(toKey(programme));
  const unscoped = p.replace(SCOPE, '');
  // The scope must have been there to leave out, and the rest still a name of its own.
  const short = unscoped !== p && unscoped.length >= 3 ? unscoped : null;
  return (title) => {
    if (!title) return false;
    const t = programmeBase(toKey(title));
    return t === p || t === short;
  };
}

/** A national park programme's name closing a line: the park it names after its place. */
const PARK_AT_END = new RegExp(`(?:${PARK_PROGRAMME.source})$`);

/**
 * A park named by its place, written short, and its programme ("江苏南京某某国家农业科技园区",
 * "四川雅安国家农业科技园区"): the gazetteer reads a short place only alone, so the place is
 * read in front of the programme's name. It must read whole: a place it reads only in part
 * or not at all (a town written short after its city) is no place this can tell, and `place`
 * is null; null when the line is no such park.
 */
export function parkOfPlace(
  line: string,
  lookup: RegionLookup,
  ctx: RegionContext,
): { place: string | null; programmeStart: number } | null {
  // Matched on the key (simplified, one character for one), the place cut from the line.
  const m = PARK_AT_END.exec(toKey(line));
  if (!m || m.index < 2) return null;
  const head = line.slice(0, m.index);
  if (!/^[\u3400-\u9fff]+$/.test(head)) return null;
  const hit = lookup.splitPrefix(head, ctx);
  return { place: hit?.end === head.length ? head : null, programmeStart: m.index };
}

/**
 * A list's entry that is a park of a national programme named after a place the gazetteer did
 * not read ("某省某农场国家农业科技园区" read with no place): the entry is the place, so it
 * is said unread rather than kept as a record without one.
 */
export function unplacedPark(item: { regionText: string | null; title: string }): boolean {
  if (item.regionText !== null) return false;
  const m = PARK_AT_END.exec(toKey(item.title));
  return !!m && m.index >= 2 && /^[\u3400-\u9fff]+$/.test(item.title.slice(0, m.index));
}

/**
 * The name a list's placed entries share after their places ("北京市密云区现代农业产业园",
 * "天津市宁河区现代农业产业园": 现代农业产业园), when three or more share one; else null.
 */
export function sharedEntryName(
  items: readonly { regionText: string | null; title: string }[],
): string | null {
  const counts = new Map<string, number>();
  for (const it of items) {
    const t = toKey(it.title).trim();
    if (it.regionText && t.length >= 2) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  return top && top[1] >= 3 ? top[0] : null;
}

/**
 * An entry of such a list read with no place, its name ending in the shared name after words
 * of its own ("某农垦某管理局某某现代农业产业园"): named after a place the gazetteer did not
 * read, so it is said unread rather than kept as a record without one.
 */
export function unplacedNamesake(
  item: { regionText: string | null; title: string },
  shared: string | null,
): boolean {
  if (item.regionText !== null || !shared) return false;
  const t = toKey(item.title).trim();
  return t.length >= shared.length + 2 && t.endsWith(shared);
}
