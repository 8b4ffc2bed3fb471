/**
 * A case shown as a numbered title over its reporting unit's line: "1 搭建小区议事厅，推动…"
 * then "武汉市江岸区台北街道桃源社区居民委员会", then its paragraphs (a section label such as
 * 案例简介： may stand first). The title line names no place; the unit line is a place and
 * nothing more than its committee or office word. The place is the entry's, the title its title.
 */
import { readNumbering } from './numbering';
import { isConfidentRegion } from './region-heuristic';
import { toKey, type KeyedText } from './text-key';
import type { RegionLookup } from './types';

export interface WriteupHeading {
  regionText: string;
  title: string;
  seq?: number;
  start: number;
  end: number;
  lines: number[];
  next: number;
}

/** A number before the title: the usual list numbering, or digits and a space ("1 搭建…"). */
const SPACED_NUMBER = /^([0-9]{1,3})\s+(?=[\u4e00-\u9fff“"「])/;

/** What a reporting unit's line may end with after its place. */
const UNIT_TAIL =
  /^(?:居民委员会|村民委员会|居委会|村委会|党委|党工委|党总支|党支部|人民政府|办事处|管委会|管理委员会)?$/;

function numberedTitle(raw: string): { seq: number; title: string } | null {
  const t = raw.trim();
  const n = readNumbering(t);
  const spaced = n ? null : SPACED_NUMBER.exec(t);
  const seq = n?.seq ?? (spaced ? Number(spaced[1]) : null);
  if (seq === null) return null;
  const title = t.slice(n?.length ?? spaced?.[0].length ?? 0).trim();
  if (title.length < 6 || title.length > 60 || /[。！？；;:：]$/.test(title)) return null;
  return { seq, title };
}

export function titleOverUnit(
  doc: KeyedText,
  i: number,
  lookup: RegionLookup,
): WriteupHeading | null {
  const line = doc.lines[i];
  const numbered = line ? numberedTitle(line.raw) : null;
  if (!line || !numbered || lookup.splitPrefix(numbered.title, {})) return null;
  let j = i + 1;
  while (doc.lines[j]?.trimmed === '') j++;
  const unitLine = doc.lines[j];
  const unit = unitLine?.raw.trim() ?? '';
  if (!unitLine || unit.length > 40 || readNumbering(unit)) return null;
  const found = lookup.splitPrefix(unit, {});
  if (!found || !isConfidentRegion(found.regionText)) return null;
  if (!UNIT_TAIL.test(toKey(unit.slice(found.end)).trim())) return null;
  return {
    regionText: found.regionText,
    title: numbered.title,
    seq: numbered.seq,
    start: line.trimmedStart,
    end: unitLine.end,
    lines: [i, j],
    next: j + 1,
  };
}
