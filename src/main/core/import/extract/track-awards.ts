/**
 * A contest's winners told track by track ("在睦邻驿站赛道中，甲获评优秀创意奖，乙、丙获评匠心
 * 创意奖"): the names carry no place, being the one place's own (the district the headline
 * names: "某区荣获…、17项优秀案例奖"). Each name before 获评/荣获 …奖 is an entry at the
 * headline's one place, its name the title; a name winning twice in one story is one entry.
 * Without a track sentence, or with no place or several in the headline, nothing is read.
 */
import type { ItemDraft, ListDraft } from './drafts';
import type { KeyedText } from './text-key';
import type { RegionLookup } from './types';

/** The track a sentence opens with, up to its comma. */
const TRACK = /在[^，。；,;！!\n]{2,16}?赛道(?:中|里|上)?[，,]/g;
/** One clause: the names, the verb, the award. */
const AWARD_CLAUSE = /^(.{2,80}?)(?:均|分别|同时)?(?:获评|荣获|获得|斩获)([^、，。,]{1,12}奖)$/;
/** The pieces of a run of names. */
const JOIN = /、|和/;

/** The one place the headline names, or null for none or several. */
function headlinePlace(doc: KeyedText, lookup: RegionLookup): string | null {
  const head = doc.lines.find((l) => l.trimmed !== '');
  if (!head) return null;
  const found = new Set<string>();
  for (let i = 0; i < head.key.length; i++) {
    if (!/[\u4e00-\u9fff]/.test(head.key[i] ?? '')) continue;
    const hit = lookup.splitPrefix(head.raw.slice(i, i + 12), {});
    if (!hit || hit.end < 2 || !lookup.codeOf?.(hit.regionText, {})) continue;
    found.add(hit.regionText);
    i += hit.end - 1;
  }
  return found.size === 1 ? ([...found][0] ?? null) : null;
}

/** Names of one run; a piece the next one opens with ("某路、某路18弄…") is part of it. */
function namesOf(run: string, at: number): { name: string; start: number }[] {
  const pieces: { name: string; start: number }[] = [];
  let from = at;
  for (const piece of run.split(JOIN)) {
    pieces.push({ name: piece, start: from });
    from += piece.length + 1;
  }
  const out: { name: string; start: number }[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i]!;
    const next = pieces[i + 1];
    if (next && next.name.startsWith(p.name) && next.name.length > p.name.length) {
      pieces[i + 1] = {
        name: run.slice(p.start - at, next.start - at + next.name.length),
        start: p.start,
      };
      continue;
    }
    out.push(p);
  }
  return out.filter((n) => n.name.trim().length >= 2);
}

export function detectTrackAwards(
  doc: KeyedText,
  lookup: RegionLookup,
  consumed: ReadonlySet<number>,
): ListDraft[] {
  const items: ItemDraft[] = [];
  const lineIndexes = new Set<number>();
  const seen = new Set<string>();
  let place: string | null | undefined;
  for (const line of doc.lines) {
    if (consumed.has(line.index)) continue;
    for (const m of line.key.matchAll(TRACK)) {
      const open = (m.index ?? 0) + m[0].length;
      const close = line.key.slice(open).search(/[。；;！!]/);
      const body = line.key.slice(open, close < 0 ? undefined : open + close);
      let at = open;
      for (const clause of body.split(/[，,]/)) {
        const c = AWARD_CLAUSE.exec(clause);
        if (c) {
          place ??= headlinePlace(doc, lookup);
          if (!place) return [];
          for (const n of namesOf(c[1]!, at)) {
            const start = line.start + n.start;
            const title = doc.text.slice(start, start + n.name.length);
            if (seen.has(n.name)) continue;
            seen.add(n.name);
            items.push({
              seq: null,
              start,
              end: start + n.name.length,
              regionText: place,
              title,
              warnings: [],
            });
            lineIndexes.add(line.index);
          }
        }
        at += clause.length + 1;
      }
    }
  }
  if (items.length < 2) return [];
  return [
    {
      layout: 'sentence',
      items,
      start: items[0]!.start,
      end: items[items.length - 1]!.end,
      lineIndexes: [...lineIndexes],
    },
  ];
}
