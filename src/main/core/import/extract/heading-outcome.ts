/**
 * A list named after what befell its units ("通过验收的第三批…名单", "验收不合格…名单"): the
 * heading states the outcome once for every unit below it, which the lines themselves leave
 * out. A list put forward rather than decided (拟…, 候选, 推荐, 公示, 申报) states none yet.
 */
import { outcomeIn, type Outcome } from './outcomes';
import { toKey } from './text-key';

/** A list's name: it ends in 名单 or 名录, perhaps with its count after. */
const LIST_NAME = /(?:名单|名录)(?:[(（][^()（）]{0,8}[)）])?$/;
/** A list proposed, not decided: what it names has not happened yet. */
const PROPOSED = /拟|候选|推荐|公示|申报|参加|参与|待/;

/** The outcome a list's heading states for its units, or null. */
export function headingOutcome(heading: string | null): Outcome | null {
  if (!heading) return null;
  const key = toKey(heading).replace(/\s+/g, '');
  if (!LIST_NAME.test(key) || PROPOSED.test(key)) return null;
  // "通过验收的…名单": in a list's name the clause before 的 is what its units did, not a past
  // the sentence only recalls.
  return outcomeIn(key.replace(/的/g, ''));
}
