/**
 * Lines that grade a county's township facilities under run-in heads ("特级文化站：A镇文化站",
 * "一级文化站：B镇文化站 C镇文化站 D乡文化站…"), in a county's own item that writes the county only
 * as 我县: every name is a township's facility, separated by spaces or 、. A facility lies in its
 * township, and the county is the one the division list puts every township of these lines in.
 * Several distinct townships must agree on that one county: a single town's name is ambiguous
 * across the country, and lines whose towns the division list cannot place together yield
 * nothing.
 */
import type { ItemDraft, ListDraft } from './drafts';
import { facilityTown } from './town-facilities';
import type { KeyedText } from './text-key';
import type { RegionContext, RegionLookup } from './types';

/** A short run-in head (a grade or a class), perhaps after 其中, then its colon. */
const HEAD = /^(?:其中[，,]?\s*)?([\u4e00-\u9fff]{1,10})[：:]\s*/;
/**
 * What makes a head a grade or a class (特级, 一级, 二等, 三星, 甲类, 优秀): a field's label over
 * the same facilities ("活动地点：", "承办单位：") says where something happens or who runs it,
 * no standing the facilities were given.
 */
const GRADE =
  /[特一二三四五六七八九十甲乙丙丁0-9][级級等星类類档檔]|^(?:优秀|優秀|先进|先進|示范|示範|达标|達標|合格)/;
/** What separates the names on a line. */
const SEPARATOR = /[\s、，,；;]+/;
/** Distinct townships that must meet in one county before their county is taken. */
const TOWNS_ALONE = 3;

interface Named {
  town: string;
  start: number;
  end: number;
  head: string;
}

export function detectGradedTownLines(
  doc: KeyedText,
  lookup: RegionLookup,
  consumed: ReadonlySet<number>,
): ListDraft[] {
  if (!lookup.countyOfManyTowns) return [];
  const named: Named[] = [];
  const lineIndexes: number[] = [];
  for (const line of doc.lines) {
    if (consumed.has(line.index) || line.trimmed === '') continue;
    const names = facilityNames(line.trimmed, line.trimmedStart);
    if (!names) continue;
    named.push(...names);
    lineIndexes.push(line.index);
  }
  const towns = named.map((n) => n.town);
  if (new Set(towns).size < TOWNS_ALONE) return [];
  const county = lookup.countyOfManyTowns(towns, TOWNS_ALONE);
  if (!county) return [];
  // A notice that names its county is about that one: towns meeting in another contradict it.
  const written = countyNamedBefore(doc.key.slice(0, named[0]!.start), lookup);
  if (written && written.county !== county.county) return [];
  const items: ItemDraft[] = named.map((n) => ({
    seq: null,
    start: n.start,
    end: n.end,
    regionText: n.town,
    regionContext: county,
    title: '',
    category: n.head,
    warnings: [],
  }));
  return [
    {
      layout: 'labelled',
      items,
      start: items[0]!.start,
      end: items[items.length - 1]!.end,
      lineIndexes,
    },
  ];
}

/** The township facilities a head line names (each placed at its town), or null. */
function facilityNames(key: string, at: number): Named[] | null {
  const head = HEAD.exec(key);
  if (!head) return null;
  // The head is a grade or a class, never a facility or a place itself.
  if (facilityTown(head[1]!) !== null || /[省市县区镇乡]$/.test(head[1]!)) return null;
  if (!GRADE.test(head[1]!)) return null;
  const names: Named[] = [];
  let from = head[0].length;
  for (const part of key.slice(from).split(SEPARATOR)) {
    const start = key.indexOf(part, from);
    from = start + part.length;
    if (part === '') continue;
    const town = facilityTown(part);
    if (!town) return null;
    names.push({ town, start: at + start, end: at + start + town.length, head: head[1]! });
  }
  return names.length > 0 ? names : null;
}

/** The first county written in full (某县, 某区, 某旗, a county-level 某市) in `text`, or null. */
function countyNamedBefore(text: string, lookup: RegionLookup): RegionContext | null {
  if (!lookup.countyWritten) return null;
  for (const m of text.matchAll(/[县区旗市]/g)) {
    const at = m.index ?? 0;
    for (let n = 2; n <= 7 && at + 1 - n >= 0; n++) {
      const found = lookup.countyWritten(text.slice(at + 1 - n, at + 1));
      if (found) return found;
    }
  }
  return null;
}
