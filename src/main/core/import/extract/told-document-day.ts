/**
 * A story with no date of its own whose lead opens with the full day an organ published a
 * document ("2022年10月26日，交通运输部发布了《关于命名…的通知》"): the day dates the document, not
 * the story (lead-date.ts), and so what the document decided. Each outcome the story tells of the
 * units it names is dated by that day, as the document's own copy would date it.
 */
import { isoDate } from './dates';
import { PUBLISHES_DOCUMENT } from './lead-date';
import type { Outcome } from './outcomes';
import type { KeyedText } from './text-key';

/** The lead's full day, then its comma: "2022年10月26日，…". */
const LEAD_FULL_DAY = /^((?:19|20)[0-9]{2})年([0-9]{1,2})月([0-9]{1,2})日\s*[，,]/;
/** How far down the lead may lie: a page's contact or info lines come first. */
const LEAD_LINES = 12;

export function toldDocumentDay(doc: KeyedText): string | null {
  for (const line of doc.lines.slice(0, LEAD_LINES)) {
    const key = line.key.trim();
    const m = LEAD_FULL_DAY.exec(key);
    if (!m) continue;
    // The first line opening with a day is the lead: it tells of a document, or of nothing here.
    if (!PUBLISHES_DOCUMENT.test(key.split('。')[0] ?? '')) return null;
    return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  }
  return null;
}

/** The records' outcomes dated by the document's day (an outcome dated already keeps its day). */
export function outcomesOnDay<R extends { outcome?: Outcome }>(records: R[], day: string): R[] {
  return records.map((r) =>
    r.outcome && !r.outcome.on ? { ...r, outcome: { ...r.outcome, on: day } } : r,
  );
}
