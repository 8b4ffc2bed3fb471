/**
 * Lists with one entry per line and no numbering: "天津市河西区：改革组织体系…",
 * "山西省阳泉市城区：健全三社联动机制…". The left side must read as a division in full;
 * a right side that is itself a list of places is left to the one-sentence reader.
 * Under a group heading that names a county or city ("一、鼓楼区（4个）", "鼓楼区："), the
 * left side may be a township alone ("华大街道：…"): it is read inside that county, and the
 * heading's count is checked.
 */
import { parseNumber } from './chinese-numerals';
import { labelledList, type CategoryDraft, type ItemDraft, type ListDraft } from './drafts';
import { readNumbering } from './numbering';
import { isConfidentRegion, regionParts } from './region-heuristic';
import { toKey, type KeyedText, type Line } from './text-key';
import type { RegionContext, RegionLookup } from './types';

const COLON = /[:：]|——/;
const GROUP_COUNT =
  /[(（]\s*(?:共\s*)?([0-9]+|[一二三四五六七八九十百两]+)\s*个\s*[)）]\s*[:：]?\s*$/;

interface Group {
  context: RegionContext;
  category: CategoryDraft;
}

/** "一、鼓楼区（4个）", "鼓楼区（4个）", "鼓楼区：": a place heading a group of lines. */
function groupHeading(line: Line, lookup: RegionLookup): Group | null {
  const n = readNumbering(line.trimmed);
  if (n && n.style !== 'cn' && n.style !== 'cn_paren') return null;
  const lead = line.trimmedStart - line.start + (n?.length ?? 0);
  const raw = line.raw.slice(lead).trim();
  const count = GROUP_COUNT.exec(toKey(raw));
  const name = (count ? raw.slice(0, count.index) : raw.replace(/[:：]\s*$/, '')).trim();
  if (!count && !/[:：]\s*$/.test(raw)) return null;
  const hit = name ? lookup.splitPrefix(name, {}) : null;
  if (!hit || hit.end !== name.length) return null;
  const parts = regionParts(name);
  const key = toKey(name);
  const context: RegionContext =
    parts.province && !parts.city && !parts.county
      ? { province: name }
      : /[市州盟]$/.test(key)
        ? { city: name }
        : { county: name };
  return {
    context,
    category: {
      name,
      stated: count ? parseNumber(count[1] ?? '') : null,
      found: 0,
      start: line.trimmedStart,
    },
  };
}

export function detectLabelledLines(
  doc: KeyedText,
  lookup: RegionLookup,
  consumed: ReadonlySet<number>,
): ListDraft[] {
  const lists: ListDraft[] = [];
  let items: ItemDraft[] = [];
  let lines: number[] = [];
  let categories: CategoryDraft[] = [];
  let group: Group | null = null;
  const flush = (): void => {
    const list = labelledList(items, lines, categories);
    if (list) lists.push(list);
    items = [];
    lines = [];
    categories = [];
    group = null;
  };
  for (const line of doc.lines) {
    if (line.trimmed === '') continue;
    const heading = consumed.has(line.index) ? null : groupHeading(line, lookup);
    if (heading) {
      group = heading;
      categories.push(heading.category);
      lines.push(line.index);
      continue;
    }
    const m = COLON.exec(line.trimmed);
    if (
      consumed.has(line.index) ||
      !m ||
      m.index === 0 ||
      m.index > 30 ||
      readNumbering(line.trimmed)
    ) {
      flush();
      continue;
    }
    const lead = line.trimmedStart - line.start;
    const left = line.raw.slice(lead, lead + m.index).trim();
    const hit = lookup.splitPrefix(left, group?.context ?? {});
    const rightStart = lead + m.index + m[0].length;
    const right = line.raw.slice(rightStart).trim();
    const rightRegion = lookup.splitPrefix(right, {});
    // "山西省：晋中市榆次区东阳镇东长寿村" labels a list of places (one or more), not a title.
    const rest = rightRegion
      ? right
          .slice(rightRegion.end)
          .replace(/[。；;]$/, '')
          .trim()
      : null;
    // Places separated by 、，or spaces ("太原市尖草坪区 大同市南郊区 山阴县") are a list too.
    const second = right.split(/[、,，\s]+/).filter((t) => t !== '')[1];
    const rightIsPlaces =
      rest !== null &&
      (/[、,，]/.test(right) ||
        rest === '' ||
        /^[\u4e00-\u9fff]{1,10}(村|社区|嘎查|居委会)$/.test(rest) ||
        (second !== undefined && lookup.splitPrefix(second, {}) !== null));
    // Under a group heading a township alone is enough ("华大街道：…" under "鼓楼区（4个）").
    const placed = isConfidentRegion(left) || (group !== null && regionParts(left).belowCounty);
    if (!hit || hit.end !== left.length || !placed || right.length < 4 || rightIsPlaces) {
      flush();
      continue;
    }
    const inGroup: Group | null = group;
    if (inGroup) inGroup.category.found++;
    items.push({
      seq: null,
      start: line.trimmedStart,
      end: line.end,
      regionText: hit.regionText,
      ...(inGroup && regionParts(left).belowCounty ? { regionContext: inGroup.context } : {}),
      ...(inGroup ? { category: inGroup.category.name } : {}),
      title: right,
      warnings: [],
    });
    lines.push(line.index);
  }
  flush();
  return lists;
}
