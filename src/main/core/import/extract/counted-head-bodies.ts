/**
 * Organisations one a line under their province's or city's count ("（某省4个）" over "某县民政局",
 * "某市老年养护院", "某市某某老年公寓"), as a one-column sheet of an honours list sets out each
 * province's share. The count line is no entry, and no signature either: it heads exactly the
 * number of lines it states, each the name of a unit (a bureau, a home, a centre) that lies at
 * the place its own name opens with, or at the heading's place when it names none. The stated
 * count is what makes the run a list, so the nouns a unit may end with are wider here than where
 * lines are read on their shape alone: a count the lines below do not meet reads nothing.
 */
import { parseNumber } from './chinese-numerals';
import { labelledList, type ItemDraft, type ListDraft } from './drafts';
import { entryUnder, wideHead, type Head } from './headed-bodies';
import { NAMED_BODY } from './place-lines';
import { readNumbering } from './numbering';
import type { KeyedText, Line } from './text-key';
import type { RegionLookup } from './types';

/** "（某省4个）", "某省（4个）", "某市共3个": a place and the count of its units, nothing else. */
const COUNTED_HEAD =
  /^[(（]?\s*([^\s()（）0-9]{2,10}?)\s*[(（]?\s*共?\s*([0-9]+|[一二三四五六七八九十]+)\s*[个家]\s*(?:单位)?\s*[)）]?$/;

/** The nouns a unit's name ends with: an organ, an institution, a home, a centre. */
export const UNIT_NOUN =
  /(?:局|厅|委员会|办公室|院|中心|公寓|所|站|馆|会|社|校|学校|公司|基地|协会|之家)$/;

interface CountedHead extends Head {
  stated: number;
}

function countedHeadOf(line: Line, lookup: RegionLookup): CountedHead | null {
  const m = COUNTED_HEAD.exec(line.trimmed);
  if (!m) return null;
  const at = line.trimmed.indexOf(m[1]!);
  const raw = line.raw.trim().slice(at, at + m[1]!.length);
  const head = wideHead(raw, m[1]!, lookup);
  const stated = parseNumber(m[2] ?? '');
  return head && stated && stated > 0 ? { ...head, stated } : null;
}

/** The unit a line names, placed by its own name or under the heading's place. */
function unitOf(line: Line, head: CountedHead, lookup: RegionLookup): ItemDraft | null {
  const t = line.trimmed;
  if (t.length < 4 || t.length > 40 || /[\s。，,；;：:！？!?、“”"]/.test(t)) return null;
  if (!(UNIT_NOUN.test(t) || NAMED_BODY.test(t)) || readNumbering(t) !== null) return null;
  const raw = line.raw.trim();
  const hit = lookup.splitPrefix(raw, head.context);
  const own = hit && hit.end >= 2 && hit.end < t.length - 1 ? raw.slice(0, hit.end) : null;
  return entryUnder(line, raw, own, head, lookup);
}

export function detectCountedHeadBodies(
  doc: KeyedText,
  lookup: RegionLookup,
  consumed: ReadonlySet<number>,
): ListDraft[] {
  const lists: ListDraft[] = [];
  const filled = doc.lines.filter((l) => l.trimmed !== '' && !consumed.has(l.index));
  let items: ItemDraft[] = [];
  let lines: number[] = [];
  const categories: ListDraft['categories'] = [];
  const close = (): void => {
    const list = labelledList(items, lines, [...categories]);
    if (list) lists.push(list);
    items = [];
    lines = [];
    categories.length = 0;
  };
  for (let k = 0; k < filled.length; k++) {
    const line = filled[k]!;
    const head = countedHeadOf(line, lookup);
    if (!head) {
      close();
      continue;
    }
    const below = filled.slice(k + 1, k + 1 + head.stated);
    const units = below.map((l) => unitOf(l, head, lookup));
    const after = filled[k + 1 + head.stated];
    // Exactly the lines it counts: one more unit line below says the count is not theirs.
    const whole =
      below.length === head.stated &&
      units.every((u) => u !== null) &&
      (!after || countedHeadOf(after, lookup) !== null || unitOf(after, head, lookup) === null);
    if (!whole) {
      close();
      continue;
    }
    categories.push({
      name: head.place,
      stated: head.stated,
      found: head.stated,
      start: line.trimmedStart,
    });
    items.push(...(units as ItemDraft[]));
    lines.push(line.index, ...below.map((l) => l.index));
    k += head.stated;
  }
  close();
  return lists;
}
