/**
 * Zones named by a theme, one a line under a heading that announces them: "某某文化（某州）
 * 生态保护区", "某地民族文化生态保护区", "某某文化生态保护区（某省某市）". The name is not a
 * division, so no other layout reads it; its place is the bracket inside the name (where the
 * name says where it lies), else a place at its head, else the first place of a bracket after
 * it (the cities it covers). A line ending in "；" says more items follow: the list goes on
 * past a caption or two between them. A name whose place cannot be read is passed over, the
 * list still open.
 */
import { LabelledRuns, type ListDraft } from './drafts';
import { readNumbering } from './numbering';
import type { KeyedText, Line } from './text-key';
import type { RegionLookup } from './types';

/** A heading or lead-in that announces a list below it. */
const ANNOUNCES = /(名单|名录|如下|具体为|分别是|分别为)[^。；;]{0,12}[:：]?$|[:：]$/;
/** A zone's name: a theme, maybe a bracket inside it, a zone word, maybe a bracket after it. */
const NAME =
  /^([^\s（()）、，,。:：]{2,24}?)(?:[（(]([^（()）]{2,12})[）)]([^\s（()）、，,。:：]{0,16}?))?(保护区|实验区|示范区|试验区|先行区)(?:[（(]([^（()）]{2,40})[）)])?[；;。]?$/;
/**
 * "通过验收的…实验区正式确定为…保护区": the units listed are those that passed, made what
 * they were tested to become.
 */
const PASSED = /通过[^。；;，,]{0,10}?验收的[^。；;]{0,40}?(?:确定|公布|命名|认定)为/;
/** Lines between two items a "；" joins: a photo caption, a repeated headline. */
const GAP = 3;

/** The whole text as one place (a short name or a full one), or null. */
function wholePlace(text: string, lookup: RegionLookup): string | null {
  const hit = lookup.splitPrefix(text, {});
  return hit && hit.end === text.length ? hit.regionText : null;
}

/** The longest place at the head of a theme ("某州民族文化" → 某州), or null. */
function headPlace(theme: string, lookup: RegionLookup): string | null {
  for (let n = Math.min(6, theme.length - 2); n >= 2; n--) {
    const place = wholePlace(theme.slice(0, n), lookup);
    if (place) return place;
  }
  return null;
}

/** The place a line naming one themed zone lies in, or null when it is no such name. */
function themedZonePlace(key: string, lookup: RegionLookup): string | null {
  const m = key.length > 60 || readNumbering(key) !== null ? null : NAME.exec(key);
  if (!m) return null;
  const [, theme = '', inner, , , after] = m;
  // A bracket inside the name is where the name places itself; a head is read only without one.
  const placed = inner
    ? wholePlace(inner, lookup)
    : theme.length > 2
      ? headPlace(theme, lookup)
      : null;
  if (placed) return placed;
  const first = after?.split(/[、，,]/)[0]?.trim() ?? '';
  return first ? wholePlace(first, lookup) : null;
}

export function detectThemedZones(
  doc: KeyedText,
  lookup: RegionLookup,
  consumed: ReadonlySet<number>,
): ListDraft[] {
  const run = new LabelledRuns();
  let open = false;
  let passed = false;
  let before = '';
  let gap = 0;
  for (const line of doc.lines as Line[]) {
    if (line.trimmed === '') continue;
    const taken = consumed.has(line.index);
    const place = open && !taken ? themedZonePlace(line.trimmed, lookup) : null;
    if (open && !taken && place === null && NAME.test(line.trimmed)) continue;
    if (place) {
      const province = lookup.provinceOf?.(place) ?? null;
      run.items.push({
        seq: null,
        start: line.trimmedStart,
        end: line.end,
        regionText: place,
        // Each name stands alone: a short place is read in its own province, never under
        // the city of the line before.
        ...(province ? { regionContext: { province } } : {}),
        title: '',
        ...(passed ? { outcome: { status: '已验收' as const } } : {}),
        warnings: [],
      });
      run.lines.push(line.index);
      gap = /[；;]$/.test(line.trimmed) ? GAP : 0;
      continue;
    }
    if (run.items.length > 0 && gap > 0 && !taken) {
      gap--;
      continue;
    }
    run.close();
    gap = 0;
    open = !taken && ANNOUNCES.test(line.trimmed);
    // A bare "名单如下：" goes on from the sentence before it.
    passed = open && PASSED.test(line.trimmed.length < 12 ? before + line.trimmed : line.trimmed);
    before = line.trimmed;
  }
  run.close();
  return run.lists;
}
