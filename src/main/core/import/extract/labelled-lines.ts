/**
 * Lists with one entry per line and no numbering: "天津市河西区：改革组织体系…",
 * "山西省阳泉市城区：健全三社联动机制…". The left side must read as a division in full;
 * a right side that is itself a list of places is left to the one-sentence reader.
 */
import type { ItemDraft, ListDraft } from './drafts';
import { readNumbering } from './numbering';
import { isConfidentRegion } from './region-heuristic';
import type { KeyedText } from './text-key';
import type { RegionLookup } from './types';

const COLON = /[:：]|——/;

export function detectLabelledLines(
  doc: KeyedText,
  lookup: RegionLookup,
  consumed: ReadonlySet<number>,
): ListDraft[] {
  const lists: ListDraft[] = [];
  let items: ItemDraft[] = [];
  let lines: number[] = [];
  const flush = (): void => {
    const first = items[0];
    const last = items[items.length - 1];
    if (items.length >= 2 && first && last)
      lists.push({
        layout: 'labelled',
        items,
        start: first.start,
        end: last.end,
        lineIndexes: lines,
      });
    items = [];
    lines = [];
  };
  for (const line of doc.lines) {
    if (line.trimmed === '') continue;
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
    const hit = lookup.splitPrefix(left, {});
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
    if (
      !hit ||
      hit.end !== left.length ||
      !isConfidentRegion(left) ||
      right.length < 4 ||
      rightIsPlaces
    ) {
      flush();
      continue;
    }
    items.push({
      seq: null,
      start: line.trimmedStart,
      end: line.end,
      regionText: hit.regionText,
      title: right,
      warnings: [],
    });
    lines.push(line.index);
  }
  flush();
  return lists;
}
