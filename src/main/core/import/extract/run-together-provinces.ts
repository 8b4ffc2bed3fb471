/**
 * Provinces a copy writes together with no separator at all, carrying a named pilot out: "将在
 * 遼寧山東廣東重慶四川實施…試點，在江蘇河南湖北武漢陝西西安實施…試點" (a flash item that lost its 、).
 * Each province written short is a unit; one followed by a city of its own written short (湖北武汉)
 * is that city. Only a run opened by 在 or a clause's start and closed by the verb carrying the
 * pilot out (carried-pilot.ts) is read: glued names anywhere else are left alone.
 */
import { carriedPilot } from './carried-pilot';
import type { ItemDraft, ListDraft } from './drafts';
import { provinceAt } from './provinces';
import type { KeyedText } from './text-key';
import type { RegionLookup } from './types';

/** Where a run may open: the line's start, a clause's start, or 在. */
const OPENS = /(?:^|[，,。；;：:]|在)$/;
/** The verb carrying the pilot out, right after the run. */
const VERB = /^(?:实施|开展)/;

interface Piece {
  at: number;
  length: number;
}

/** The provinces (each maybe with its city) glued from `from`, up to the verb; null when not. */
function gluedRun(key: string, from: number, lookup: RegionLookup): Piece[] | null {
  const pieces: Piece[] = [];
  let at = from;
  while (!VERB.test(key.slice(at))) {
    const province = provinceAt(key, at);
    if (!province) return null;
    let length = province.length;
    // A city of the province written short after it, up to the next province or the verb.
    let next = at + length;
    while (
      next < key.length &&
      next - at - length < 5 &&
      !provinceAt(key, next) &&
      !VERB.test(key.slice(next))
    )
      next++;
    if (next > at + length) {
      const pair = key.slice(at, next);
      const code = lookup.codeOf?.(pair, {}) ?? null;
      const own = lookup.codeOf?.(key.slice(at, at + length), {}) ?? null;
      if (code === null || code === own || own === null || code.slice(0, 2) !== own.slice(0, 2))
        return null;
      length = next - at;
    }
    pieces.push({ at, length });
    at += length;
  }
  return pieces.length >= 2 ? pieces : null;
}

export function detectRunTogetherProvinces(
  doc: KeyedText,
  lookup: RegionLookup,
  consumed: ReadonlySet<number>,
): ListDraft[] {
  const lists: ListDraft[] = [];
  for (const line of doc.lines) {
    if (consumed.has(line.index)) continue;
    const key = line.key;
    for (let i = 0; i < key.length; i++) {
      if (!OPENS.test(key.slice(Math.max(0, i - 1), i)) || !provinceAt(key, i)) continue;
      const pieces = gluedRun(key, i, lookup);
      if (!pieces) continue;
      const last = pieces[pieces.length - 1]!;
      const clause = /^[^，。；,;：:！？!?]*/.exec(key.slice(last.at + last.length))![0];
      if (carriedPilot(clause) === null) continue;
      const items = pieces.map((p): ItemDraft => ({
        seq: null,
        start: line.start + p.at,
        end: line.start + p.at + p.length,
        regionText: doc.text.slice(line.start + p.at, line.start + p.at + p.length),
        title: '',
        warnings: [],
      }));
      lists.push({
        layout: 'sentence',
        items,
        start: items[0]!.start,
        end: items[items.length - 1]!.end,
        lineIndexes: [line.index],
      });
      i = last.at + last.length;
    }
  }
  return lists;
}
