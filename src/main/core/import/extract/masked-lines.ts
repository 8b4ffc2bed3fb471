/**
 * A list of communities or villages one a line, under its title ("…名单"), where the site masked
 * the district and street of some ("******街道某某社区"). Nothing but the city the title names
 * places a masked unit, so each is an entry in that city; the lines between them written in
 * full are read as written, and a line that opens with no division the list can read (a zone
 * the division list does not hold) is the city's unit too. Without masked lines, or without a
 * city in the title, the run is left to the other readers.
 */
import type { ItemDraft, ListDraft } from './drafts';
import { MASK } from './text-warnings';
import type { KeyedText, Line } from './text-key';
import type { RegionLookup } from './types';

/** One unit on its line: a community or village name, its front perhaps masked. */
const UNIT_LINE = /^[\u4e00-\u9fff*＊×]{4,40}(?:社区|村)$/;
/** A line whose place the site masked at its front ("******街道…", "****镇…"). */
const MASKED_FRONT = /^(?:[*＊×]{2,})/;
/** The title of a list: a line ending in 名单 or 名录. */
const LIST_TITLE = /(?:名单|名录)$/;
/** A city written in full in the title. */
const CITY = /[\u4e00-\u9fff]{2,6}?(?:市|州|盟)/g;

/** The city the list's title names, as the division list reads it; null if none. */
function cityOf(title: string, lookup: RegionLookup): { city: string; province?: string } | null {
  for (const m of title.matchAll(CITY)) {
    for (let from = 0; from < m[0].length - 1; from++) {
      const name = m[0].slice(from);
      const hit = lookup.splitPrefix(name, {});
      if (hit?.end !== name.length) continue;
      const province = lookup.provinceOf?.(name) ?? undefined;
      return { city: name, ...(province ? { province } : {}) };
    }
  }
  return null;
}

function runs(doc: KeyedText, consumed: ReadonlySet<number>): Line[][] {
  const out: Line[][] = [];
  let run: Line[] = [];
  const close = (): void => {
    if (run.filter((l) => MASKED_FRONT.test(l.trimmed)).length >= 2) out.push(run);
    run = [];
  };
  for (const line of doc.lines) {
    if (line.trimmed === '' && run.length === 0) continue;
    if (!consumed.has(line.index) && UNIT_LINE.test(line.trimmed)) run.push(line);
    else close();
  }
  close();
  return out;
}

export function detectMaskedLines(
  doc: KeyedText,
  lookup: RegionLookup,
  consumed: ReadonlySet<number>,
): ListDraft[] {
  const lists: ListDraft[] = [];
  for (const lines of runs(doc, consumed)) {
    const first = lines[0]!;
    const title = doc.lines
      .slice(0, first.index)
      .reverse()
      .find((l) => l.trimmed !== '');
    if (!title || !LIST_TITLE.test(title.trimmed)) continue;
    const place = cityOf(title.raw.trim(), lookup);
    if (!place) continue;
    const context = { ...(place.province ? { province: place.province } : {}), city: place.city };
    const items: ItemDraft[] = lines.map((line) => {
      const raw = line.raw.trim();
      const own = MASK.test(raw) ? null : lookup.splitPrefix(raw, context);
      const placed = own !== null && own.end >= 2;
      return {
        seq: null,
        start: line.trimmedStart,
        end: line.trimmedStart + raw.length,
        regionText: placed ? raw : place.city + raw,
        ...(placed ? { regionContext: context } : {}),
        title: '',
        warnings: [],
      };
    });
    const last = items[items.length - 1]!;
    lists.push({
      layout: 'labelled',
      items,
      start: items[0]!.start,
      end: last.end,
      lineIndexes: lines.map((l) => l.index),
    });
  }
  return lists;
}
