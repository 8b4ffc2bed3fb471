/**
 * A characteristic town read whole as a line's place ("常州：别桥无人机小镇", "施河智教乐享小镇"):
 * the resolver reads the place its name opens with — a township written without 镇, a county
 * or city written short — and stops there; the rest is the town's own name, what the list
 * honours, so it is the entry's title, as "江宁生命科技小镇" split in the list's reading gives it.
 * A bare 特色小镇 after the place names the kind of unit, no town of its own, and stays.
 */
import type { RegionResolution } from '../gazetteer';
import { toKey } from './extract/text-key';
import type { ExtractedRecord } from './extract/types';

const NAMED_TOWN = /^[\u4e00-\u9fff]{2,8}小镇$/;

export function townTitledAfterPlace(
  record: ExtractedRecord,
  resolution: RegionResolution,
): ExtractedRecord | null {
  const written = record.regionText;
  if (!written || toKey(record.title ?? '').trim() !== '' || resolution.regionCode === null)
    return null;
  if (resolution.start !== 0 || !resolution.end || resolution.end >= written.length) return null;
  const rest = written.slice(resolution.end).trim();
  const key = toKey(rest);
  if (!NAMED_TOWN.test(key) || /特色小镇$/.test(key)) return null;
  return { ...record, regionText: written.slice(0, resolution.end), title: rest };
}
