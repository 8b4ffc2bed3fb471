/**
 * Lines that head a district and list its honoured units by their organs' full names, spaced
 * apart: "浦东新区: 潍坊社区(街道)办事处 张江镇人民政府 航头镇人民政府 金杨新村街道办事处". A
 * street office or a town government named whole is the unit itself (the town's community, as
 * the notice names it), not the organ of a place that recommended one: the prose reading takes
 * "张江镇" + "人民政府" for an organ and closes its run there, losing the rest of the line.
 * Two or more such lines in a row are one list, each name inside the district its line heads.
 */
import type { ItemDraft, ListDraft } from './drafts';
import { regionParts } from './region-heuristic';
import { toKey, type KeyedText } from './text-key';
import type { RegionLookup } from './types';

/** "<district>: <names>", the district a county-level place written alone. */
const HEAD = /^([\u4e00-\u9fff]{2,8}?[区县市旗])\s*[:：]\s*(\S.*)$/;
/**
 * A unit named by its organ: a street office, a township government, a zone's committee. Not
 * the district's own organ ("区国有资产监督管理委员会", "区政府驻京办事处") nor every such
 * organ at once ("各街道办事处"): those name no unit.
 */
const ORGAN_UNIT =
  /^(?![区县市旗各])[\u4e00-\u9fff()（）]{2,16}(?:街道办事处|办事处|[镇乡]人民政府|管理委员会)$/;

function lineItems(
  text: string,
  lineStart: number,
  lookup: RegionLookup,
): { county: string; items: ItemDraft[] } | null {
  const m = HEAD.exec(text);
  if (!m) return null;
  const label = m[1]!;
  const hit = lookup.splitPrefix(label, {});
  if (!hit || hit.end !== label.length) return null;
  const parts = regionParts(toKey(hit.regionText));
  if (parts.province || (parts.city && !parts.county)) return null;
  const names: { at: number; name: string }[] = [];
  const from = text.length - m[2]!.length;
  for (const n of m[2]!.matchAll(/\S+/g)) names.push({ at: from + (n.index ?? 0), name: n[0] });
  if (names.length === 0 || names.some((n) => !ORGAN_UNIT.test(n.name))) return null;
  const items = names.map(({ at, name }) => ({
    seq: null,
    start: lineStart + at,
    end: lineStart + at + name.length,
    // Written with its district: a name alone may start like a city elsewhere (潍坊社区…).
    regionText: `${label}${name}`,
    title: '',
    warnings: [],
  }));
  return { county: hit.regionText, items };
}

export function detectOrganUnitLines(
  doc: KeyedText,
  lookup: RegionLookup,
  consumed: ReadonlySet<number>,
): ListDraft[] {
  const lists: ListDraft[] = [];
  let items: ItemDraft[] = [];
  let lines: number[] = [];
  const close = (): void => {
    // One such line alone is a sentence's business; a run of them is the list.
    if (lines.length >= 2)
      lists.push({
        layout: 'labelled',
        items,
        start: items[0]!.start,
        end: items[items.length - 1]!.end,
        lineIndexes: lines,
      });
    items = [];
    lines = [];
  };
  for (const line of doc.lines) {
    if (line.trimmed === '') continue;
    const read = consumed.has(line.index) ? null : lineItems(line.raw, line.start, lookup);
    if (!read) {
      close();
      continue;
    }
    items.push(...read.items);
    lines.push(line.index);
  }
  close();
  return lists;
}
