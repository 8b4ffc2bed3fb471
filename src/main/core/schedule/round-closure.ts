/**
 * A yearly application round (每年9月底前) is closed by the programme's next confirmation: a
 * 确认/公布 of the programme issued after the round's due date and within the year after it
 * announces what that round's applications came to — there is nothing left to submit for
 * it. A round past with no such notice is still open (overdue, or history once its year is
 * over: history.ts); a confirmation a year or more later belongs to a later round.
 */
import { addYears } from './dates';

export interface ConfirmingNotice {
  id: number;
  issuedOn: string;
  title: string | null;
}

/** The notice that closes a round due on `dueOn`, or null. */
export function closingNotice(
  dueOn: string,
  confirmations: readonly ConfirmingNotice[],
): ConfirmingNotice | null {
  const until = addYears(dueOn, 1);
  const within = confirmations
    .filter((n) => n.issuedOn > dueOn && n.issuedOn <= until)
    .sort((a, b) => a.issuedOn.localeCompare(b.issuedOn));
  return within[0] ?? null;
}
