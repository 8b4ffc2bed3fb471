/**
 * A title such as "湖北省民政厅关于撤销随州市曾都区…资格的通知" starts with the issuing
 * organ's place; read as an enumeration it yields the province as a unit. The place the
 * organ acts on, after the verb in the same line ("撤销随州市曾都区"), is the unit; with no
 * such place the organ's place is no unit at all.
 */
import { comparable, type KeyedText } from './text-key';
import type { ExtractedRecord, RegionLookup } from './types';

/** The organ after a place, speaking in its own title ("…民政厅关于…"). */
const ORGAN_TITLE =
  /^(?:民政厅|民政局|人民政府|政府|农业农村厅|农业农村局|司法厅|司法局)(?:办公厅|办公室)?\s*关于/;
/** The verb by which the organ acts on a unit. */
const ACTS_ON = /(撤销|取消|终止|延长|延期|确认|命名|同意)/g;

function lineEnd(key: string, at: number): number {
  const end = key.indexOf('\n', at);
  return end < 0 ? key.length : end;
}

/** The place right after an acting verb in the rest of the line, as [start, text]. */
function actedOn(
  doc: KeyedText,
  lookup: RegionLookup,
  from: number,
): { start: number; text: string } | null {
  const end = lineEnd(doc.key, from);
  const rest = doc.key.slice(from, end);
  for (const m of rest.matchAll(ACTS_ON)) {
    const at = from + (m.index ?? 0) + m[0].length;
    const hit = lookup.splitPrefix(doc.text.slice(at, end), {});
    if (hit && hit.end >= 2) return { start: at, text: hit.regionText };
  }
  return null;
}

export function withoutOrganHeads(
  doc: KeyedText,
  lookup: RegionLookup,
  records: ExtractedRecord[],
): ExtractedRecord[] {
  const out: ExtractedRecord[] = [];
  for (const r of records) {
    const after = doc.key.slice(r.span.end, r.span.end + 16);
    if (!r.regionText || !ORGAN_TITLE.test(after)) {
      out.push(r);
      continue;
    }
    const unit = actedOn(doc, lookup, r.span.end);
    if (!unit) continue;
    if (out.some((o) => o.regionText === unit.text)) continue;
    // The title names the unit the body names again, before or after it (in full or short,
    // "舟曲县" for "甘南州舟曲县"): one entry, the body's, which keeps the title's outcome.
    const twin = records.find((o) => o !== r && namesUnit(o.regionText, unit.text));
    if (twin) {
      if (!twin.outcome && r.outcome) twin.outcome = r.outcome;
      continue;
    }
    // The unit is written in full where the organ acts on it: nothing is inherited.
    const moved: ExtractedRecord = {
      ...r,
      regionText: unit.text,
      span: { start: unit.start, end: unit.start + unit.text.length },
    };
    delete moved.regionContext;
    out.push(moved);
  }
  return out;
}

/** Two writings of one unit: the same name, or one ending with the other (its parents left out). */
function namesUnit(written: string | null, unit: string): boolean {
  if (!written) return false;
  const a = comparable(written);
  const b = comparable(unit);
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return a === b || (short.length >= 3 && long.endsWith(short));
}
