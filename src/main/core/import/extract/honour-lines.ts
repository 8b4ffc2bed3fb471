/**
 * One unit per line with what it won on the line below, as a post or a pasted list sets
 * them out ("潍坊市青州市邵庄镇" / "入选第三批全国乡村治理示范乡镇"): the two lines are one
 * entry. The honour line says which list the unit is on, never the entry's title; read as a
 * write-up heading and its title it would name one unit and lose the one whose honour line
 * no paragraph follows. A group or body named after its place ("某县某镇志愿者服务队") is an
 * entry at that place, the line its unit's name.
 */
import type { ItemDraft, ListDraft } from './drafts';
import { MEMBERSHIP_VERB } from './membership';
import { NAMED_BODY, placeOf } from './place-lines';
import type { KeyedText, Line } from './text-key';
import type { RegionLookup } from './types';

/** A line that states an honour won: a membership verb, then what the unit became. */
const HONOUR = new RegExp(`^${MEMBERSHIP_VERB}\\s*[“"「]?([^。；;，,：:]{4,36}?)[”"」]?\\s*$`);

/** The nouns of a group of people named after its place (服务队, 宣讲团): no person, an entry. */
const GROUP = /(服务队|志愿队|突击队|宣讲队|宣讲团|艺术团|合唱团|工作队)$/;

/** The place a group's or body's line opens with, and the whole name as its unit. */
function groupOf(line: Line, lookup: RegionLookup): { place: string; unit: string } | null {
  const raw = line.raw.trim();
  const t = line.trimmed;
  if (t.length > 40 || /[\s。，,；;：:！？!?、“”"]/.test(t)) return null;
  if (!GROUP.test(t) && !NAMED_BODY.test(t)) return null;
  const hit = lookup.splitPrefix(raw, {});
  if (!hit || hit.end < 2 || hit.end >= t.length - 2) return null;
  return { place: raw.slice(0, hit.end), unit: raw };
}

/** What the unit won, when `line` states an honour and nothing else. */
function honourOf(line: Line | undefined): string | null {
  if (!line || line.trimmed.length > 40 || line.raw.includes('\t')) return null;
  return HONOUR.exec(line.trimmed)?.[1] ?? null;
}

export function detectHonourLines(
  doc: KeyedText,
  lookup: RegionLookup,
  consumed: ReadonlySet<number>,
): ListDraft[] {
  const items: ItemDraft[] = [];
  const lineIndexes: number[] = [];
  const honours = new Set<string>();
  const lines = doc.lines.filter((l) => l.trimmed !== '' && !consumed.has(l.index));
  for (let k = 0; k + 1 < lines.length; k++) {
    const line = lines[k]!;
    const below = lines[k + 1]!;
    // The honour stands right below its unit: no line left out between them.
    if (doc.lines.slice(line.index + 1, below.index).some((l) => l.trimmed !== '')) continue;
    const honour = honourOf(below);
    const place = honour ? placeOf(line, lookup) : null;
    const group = honour && !place ? groupOf(line, lookup) : null;
    if (!honour || (!place && !group)) continue;
    items.push({
      seq: null,
      start: line.trimmedStart,
      end: below.end,
      regionText: place?.place ?? group!.place,
      ...(group ? { unit: group.unit } : {}),
      title: place?.title ?? '',
      warnings: [],
    });
    honours.add(honour);
    lineIndexes.push(line.index, below.index);
    k++;
  }
  const first = items[0];
  const last = items[items.length - 1];
  if (!first || !last) return [];
  // One honour for all names the list's programme; several (示范乡镇, 示范村) leave it to the notice.
  const phrase = honours.size === 1 ? [...honours][0] : undefined;
  return [
    {
      layout: 'labelled',
      items,
      start: first.start,
      end: last.end,
      lineIndexes,
      ...(phrase ? { phrase } : {}),
    },
  ];
}
