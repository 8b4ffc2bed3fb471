/**
 * What a person decided about one proposed group before pressing 合并: which members stay
 * in (a false member is excluded, not the whole group thrown away) and, per field, whose
 * value survives. Pure, so the page stays a view.
 */
import type { DuplicateReviewGroup } from '../../../../shared/duplicate-review';

export interface GroupDraft {
  excluded: number[];
  choices: Record<string, number>;
}

export const emptyDraft = (): GroupDraft => ({ excluded: [], choices: {} });

export const members = (g: DuplicateReviewGroup, d: GroupDraft) =>
  g.recordIds.filter((id) => !d.excluded.includes(id));

/** The record whose value survives for a field: the person's pick if still a member, else the default. */
export function chosenFor(g: DuplicateReviewGroup, d: GroupDraft, group: string): number {
  const live = members(g, d);
  const pick = d.choices[group];
  if (pick !== undefined && live.includes(pick)) return pick;
  const field = g.fields.find((f) => f.group === group);
  if (field && live.includes(field.chosen)) return field.chosen;
  // the default's record was excluded: the longest remaining value
  let best = live[0]!;
  let bestLen = -1;
  for (const o of field?.options ?? []) {
    if (live.includes(o.recordId) && (o.value ?? '').length > bestLen)
      [best, bestLen] = [o.recordId, (o.value ?? '').length];
  }
  return best;
}

export const survivorOf = (g: DuplicateReviewGroup, d: GroupDraft) => {
  const live = members(g, d);
  return live.includes(g.survivorId) ? g.survivorId : Math.min(...live);
};

/** The request for duplicates/accept, or null when fewer than two members are left. */
export function acceptRequest(g: DuplicateReviewGroup, d: GroupDraft) {
  const ids = members(g, d);
  if (ids.length < 2) return null;
  const choices = Object.fromEntries(g.fields.map((f) => [f.group, chosenFor(g, d, f.group)]));
  return { ids, survivorId: survivorOf(g, d), choices };
}
