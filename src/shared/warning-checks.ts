/**
 * A notice's warning marked 已核对 by a person, with a note: the warning stays (it is what
 * the notice said), but it no longer waits for review. Stored as a ledger setting keyed by
 * the notice, the warning's code and its message, so a check survives nothing but itself.
 */
export interface WarningCheck {
  noticeId: number;
  code: string;
  message: string;
  note: string;
  at: string;
}

/** The longest note a check takes, in characters (the note's field stops there). */
export const CHECK_NOTE_MAX = 500;

export const WARNING_CHECK_PREFIX = 'warning-checked:';

export const warningCheckKey = (noticeId: number, code: string, message: string): string =>
  `${WARNING_CHECK_PREFIX}${noticeId}:${code}:${message}`;

export const isChecked = (
  checks: readonly WarningCheck[],
  noticeId: number,
  w: { code: string; message: string },
): WarningCheck | undefined =>
  checks.find((c) => c.noticeId === noticeId && c.code === w.code && c.message === w.message);
