/**
 * Street offices and towns named bare after their district, the way a city names its own:
 * "决定命名锦江区盐市口、春熙路、…、东光10个街道办事处，成华区新鸿路、…7个街道办事处为…".
 * Only the district carries a place; the names carry neither 街道 nor 镇, and some of them are
 * counties elsewhere (沙河, 东光), so the prose reading takes the run for a few stray counties.
 * What makes them the district's streets is the count right after them, equal to the names
 * joined by 、, with the street or town noun. Each is read as "name + noun" inside the district
 * written right before the first name. Runs of names already written with their noun are left
 * to the prose reading, which reads them whole.
 */
import { CHINESE_NUMERAL_CHARS, parseNumber } from './chinese-numerals';
import type { CategoryDraft, ItemDraft, ListDraft } from './drafts';
import { regionParts } from './region-heuristic';
import { toKey, type KeyedText } from './text-key';
import type { RegionLookup } from './types';

const N = `([0-9]+|[${CHINESE_NUMERAL_CHARS}]+)`;
/** "<district><name>、<name>、… N个街道办事处": the head holds the district and the first name. */
const RUN = new RegExp(
  `([\\u4e00-\\u9fff]{3,16})((?:、[\\u4e00-\\u9fff]{2,5})+)\\s*${N}\\s*个(街道办事处|街道|镇)`,
  'g',
);
/** A name written with a unit noun of its own is read whole elsewhere. */
const OWN_NOUN = /(街道|办事处|镇|乡|社区|村|区|县)$/;
/** A district or county, never a word for a kind of area (社区, 园区, 新区, 片区…). */
const DISTRICT_END =
  /^(?!.*(社区|小区|园区|景区|片区|校区|街区|辖区|新区)$)[\u4e00-\u9fff]{2,}[区县旗]$/;

/**
 * The district written right before the first name in `head`, with that first name. The
 * district must end exactly where the name starts: the division list may know the street
 * itself ("武侯区浆洗街"), so the head is split at each length a name can have.
 */
function districtAndFirst(
  head: string,
  lookup: RegionLookup,
): { district: string; first: string } | null {
  for (let length = 2; length <= 5; length++) {
    const cut = head.length - length;
    for (let i = 0; i + 2 <= cut; i++) {
      const written = head.slice(i, cut);
      if (!DISTRICT_END.test(written)) continue;
      const hit = lookup.splitPrefix(written, {});
      if (!hit || hit.end !== written.length || regionParts(toKey(hit.regionText)).province)
        continue;
      return { district: hit.regionText, first: head.slice(cut) };
    }
  }
  return null;
}

export function detectCountedStreets(
  doc: KeyedText,
  lookup: RegionLookup,
  consumed: ReadonlySet<number>,
): ListDraft[] {
  // The runs of one line are one list, each counted as a group: "锦江区…10个，成华区…7个"
  // adds up to the notice's 17, never two lists each short of it.
  const byLine = new Map<number, { items: ItemDraft[]; categories: CategoryDraft[] }>();
  const lineOf = (offset: number): number =>
    doc.lines.find((l) => offset >= l.start && offset <= l.end)?.index ?? -1;
  for (const m of doc.key.matchAll(RUN)) {
    const head = m[1] ?? '';
    const found = districtAndFirst(head, lookup);
    if (!found) continue;
    const names = [found.first, ...(m[2] ?? '').split('、').slice(1)];
    const stated = parseNumber(m[3] ?? '');
    if (stated !== names.length) continue;
    if (names.some((n) => n.length < 2 || n.length > 5 || OWN_NOUN.test(n))) continue;
    const noun = m[4] === '镇' ? '镇' : '街道';
    let at = (m.index ?? 0) + head.length - found.first.length;
    const line = lineOf(at);
    if (consumed.has(line)) continue;
    const group = byLine.get(line) ?? { items: [], categories: [] };
    byLine.set(line, group);
    group.categories.push({
      name: `${found.district}${noun}`,
      stated,
      found: names.length,
      start: at,
    });
    for (const name of names) {
      group.items.push({
        seq: null,
        start: at,
        end: at + name.length,
        regionText: `${doc.text.slice(at, at + name.length)}${noun}`,
        regionContext: { county: found.district },
        title: '',
        warnings: [],
      });
      at += name.length + 1;
    }
  }
  return [...byLine].map(([line, { items, categories }]) => ({
    layout: 'sentence' as const,
    items,
    start: items[0]!.start,
    end: items[items.length - 1]!.end,
    categories,
    lineIndexes: [line],
  }));
}
