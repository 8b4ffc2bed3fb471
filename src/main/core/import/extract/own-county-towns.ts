/**
 * A county's own story naming its townships and their villages with no county written anywhere
 * ("我县新增…": "沙道沟镇被命名为省级生态乡镇；晓关侗族乡桥塘村、覃家坪村…及珠山镇茅坝塘村共计10个
 * 行政村被命名为省级生态村"). Bare townships are ambiguous across the country, so they are placed
 * only where the story speaks as its own county (我县, 本县…), each run opens with a township and
 * is closed by the verb that names them, and the division list finds one county holding every
 * township (and every village written under it) the story names so. A village written alone
 * lies in the township before it.
 */
import type { ItemDraft, ListDraft } from './drafts';
import type { KeyedText } from './text-key';
import type { RegionContext, RegionLookup } from './types';

/** The story speaks as the county it is about. */
const OWN_COUNTY = /我县|本县|全县|我区|本区|我旗|本旗/;
/** The verb naming the run's units, right after its last one. */
const NAMED = /^\s*(?:均|分别)?(?:被命名为|被评为|被认定为|被确定为|被授予|入选|获评|荣获)/;
/** A township, with the village or community it holds, or a village alone. */
const TOWN =
  /^([\u4e00-\u9fff]{1,8}?(?:镇|乡|街道|苏木))([\u4e00-\u9fff]{1,10}?(?:村|社区|嘎查))?$/;
const VILLAGE = /^[\u4e00-\u9fff]{1,10}?(?:村|社区|嘎查)$/;
/** A count closing the run or a group in it: "等6个行政村", "共计10个行政村". */
const COUNT = /(?:等|共计|共)?\s*(?:[0-9]+|[一二两三四五六七八九十]+)\s*个[\u4e00-\u9fff]{0,4}$/;

interface RunEntry {
  start: number;
  end: number;
  town: string;
  village: string;
}

/** The entries of the run of names ending at `end`, opened by a township; null if not one. */
function runBefore(key: string, end: number, lookup: RegionLookup): RunEntry[] | null {
  let from = end;
  while (from > 0 && !/[，,。；;：:！!？?\n]/.test(key[from - 1]!)) from--;
  const entries: RunEntry[] = [];
  let town = '';
  let at = from;
  for (const raw of key.slice(from, end).split(/(、|及|和)/)) {
    if (/^(、|及|和)$/.test(raw)) {
      at += raw.length;
      continue;
    }
    const name = raw.replace(COUNT, '').trim();
    const start = at + raw.indexOf(name);
    at += raw.length;
    if (name === '') return null;
    const m = TOWN.exec(name);
    // A township written after its county is the other readers'.
    if (m && lookup.splitPrefix(name, {}) !== null) return null;
    if (m) town = m[1]!;
    else if (!town || !VILLAGE.test(name)) return null;
    entries.push({ start, end: start + name.length, town, village: m ? (m[2] ?? '') : name });
  }
  return entries.length > 0 ? entries : null;
}

/**
 * The lists read so far with these runs added: an entry another reader took inside a run (a
 * village whose name is unique in the country) gives way to the run's reading; a run crossing
 * anything else read is left out.
 */
export function withOwnCountyTowns(
  doc: KeyedText,
  lookup: RegionLookup,
  read: ListDraft[],
): ListDraft[] {
  const runs = detectOwnCountyTowns(doc, lookup);
  if (runs.length === 0) return read;
  const inRun = (it: ItemDraft, run: ListDraft): boolean =>
    it.start >= run.start && it.end <= run.end;
  const crosses = (it: ItemDraft, run: ListDraft): boolean =>
    it.start < run.end && it.end > run.start && !inRun(it, run);
  const kept = runs.filter((run) => !read.some((l) => l.items.some((it) => crosses(it, run))));
  const others = read.flatMap((l) => {
    const items = l.items.filter((it) => !kept.some((run) => inRun(it, run)));
    if (items.length === l.items.length) return [l];
    return items.length === 0 ? [] : [{ ...l, items }];
  });
  return [...others, ...kept];
}

function detectOwnCountyTowns(doc: KeyedText, lookup: RegionLookup): ListDraft[] {
  if (!lookup.countyOfTowns || !OWN_COUNTY.test(doc.key)) return [];
  const runs: { line: number; entries: RunEntry[] }[] = [];
  for (const line of doc.lines) {
    for (const m of line.key.matchAll(/(?:被|入选|获评|荣获)/g)) {
      const at = line.start + (m.index ?? 0);
      if (!NAMED.test(doc.key.slice(at))) continue;
      const entries = runBefore(doc.key, at, lookup);
      if (entries) runs.push({ line: line.index, entries });
    }
  }
  const all = runs.flatMap((r) => r.entries);
  if (all.length === 0) return [];
  // Villages the division list may not hold under that name: the townships alone then say it,
  // two or more meeting in one county only (countyOfManyTowns).
  const county: RegionContext | null =
    lookup.countyOfTowns(all.map((e) => `${e.town}${e.village}`)) ??
    lookup.countyOfManyTowns?.([...new Set(all.map((e) => e.town))], 2) ??
    null;
  if (!county) return [];
  return runs.map(({ line, entries }) => {
    const items: ItemDraft[] = entries.map((e) => ({
      seq: null,
      start: e.start,
      end: e.end,
      regionText: `${e.town}${e.village}`,
      regionContext: county,
      title: '',
      warnings: [],
    }));
    return {
      layout: 'sentence',
      items,
      start: items[0]!.start,
      end: items[items.length - 1]!.end,
      lineIndexes: [line],
    };
  });
}
