/**
 * 期限's filter box: an item is shown when every word typed (split at spaces) is in what its
 * row shows — who it is for (place, unit, title), what is due (the label), its programme, the
 * rule's sentence, its notice's title, 文号, sender, date and file — letter case aside. The
 * words are read only when something is typed (milestone-names.ts).
 */
import type { DeadlineItem } from '../../../shared/schedule';
import { milestoneLabel } from '../../core/schedule/labels';
import type { LedgerHandle } from '../../db/ledger';
import { milestoneNames } from '../../db/queries/milestone-names';

/** The typed words, lower-cased; none when the box is empty. */
export const filterWords = (text: string | undefined): string[] =>
  (text ?? '')
    .toLowerCase()
    .split(/[\s\u3000]+/)
    .filter(Boolean);

const holdsAll = (words: readonly string[], text: string): boolean => {
  const lower = text.toLowerCase();
  return words.every((w) => lower.includes(w));
};

/** Whether the item of an id is shown under the filter (every id when there is none). */
export function filterMatches(
  ledger: LedgerHandle,
  foreseen: readonly DeadlineItem[],
  text: string | undefined,
): (id: number) => boolean {
  const words = filterWords(text);
  if (words.length === 0) return () => true;
  const { rows, notices } = milestoneNames(ledger.db);
  const hit = new Set<number>();
  for (const r of rows) {
    const said = [
      r.regionText,
      r.place,
      r.unit,
      r.title,
      r.programme,
      milestoneLabel(r.kind, r.key, r.ruleText),
      r.ruleText,
      r.noticeId === null ? null : notices.get(r.noticeId),
    ];
    if (holdsAll(words, said.filter(Boolean).join('\n'))) hit.add(r.id);
  }
  for (const f of foreseen) {
    const n = f.notice;
    const said = [f.label, f.rule.text, n?.title, n?.docNo, n?.issuer, n?.issuedOn, n?.file];
    if (holdsAll(words, said.filter(Boolean).join('\n'))) hit.add(f.id);
  }
  return (id) => hit.has(id);
}
