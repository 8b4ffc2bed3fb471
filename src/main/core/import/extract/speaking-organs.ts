/**
 * An unsigned notice whose opening says who acts and then notifies ("根据…,为…,某区社会组织服务
 * 中心、某区公益组织发展基金会将对…进行中期评估。现将有关事项通知如下:"): the organs acting in
 * that sentence are the ones speaking, a centre or a foundation as much as a bureau. Read only
 * when nothing signs or heads the notice; "我局将…" names no one (the speaker's own word).
 */
import { organ } from './issuer';
import type { KeyedText } from './text-key';

/** The sentence that turns to the notice's own terms. */
const NOTIFIES = /(?:现将|特将)[^。；]{0,12}?(?:通知|安排|明确)如下/;
/** The acting subject after the last comma of the clauses before it (根据…, 为…,). */
const ACTOR =
  /(?:^|[，,])([^，,。；;:：]{4,80}?)(?:将|决定|拟|定于)(?:对|于|在|开展|组织|举办|启动)/;
/** How many lines into the body the opening may start (an addressee line comes first). */
const OPENING_LINES = 4;

export function speakingOrgans(doc: KeyedText, bodyLine: number): string | null {
  const lines = doc.lines.slice(Math.max(0, bodyLine), bodyLine + OPENING_LINES);
  for (const line of lines) {
    const at = line.key.search(NOTIFIES);
    if (at < 0) continue;
    // The sentence before the notifying one: its acting clause is the last before the 。.
    const before = line.key.slice(0, at).replace(/[。；;]\s*$/, '');
    const m = ACTOR.exec(before.slice(before.lastIndexOf('。') + 1));
    if (!m?.[1] || /^(?:我|本)/.test(m[1])) return null;
    const start = line.key.indexOf(m[1]);
    const raw = line.raw.slice(start, start + m[1].length);
    const parts = raw.split('、').map((p) => organ(p));
    return parts.every((p) => p !== null && p.length >= 4) ? parts.join('、') : null;
  }
  return null;
}
