/**
 * The one result envelope that crosses every door (IPC, HTTP, CLI).
 * Errors are data, never thrown across a boundary: a renderer or a script can always
 * show `message` (Chinese, for people) and branch on `code` (English, stable).
 */
export interface ApiError {
  code: string;
  message: string;
  details?: unknown;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: string, message: string, details?: unknown): Result<never> => ({
  ok: false,
  error: details === undefined ? { code, message } : { code, message, details },
});

/** Error codes shared by all doors. Feature code may add its own. */
export const ErrorCode = {
  badInput: 'bad_input',
  unknownMethod: 'unknown_method',
  notImplemented: 'not_implemented',
  notFound: 'not_found',
  ledgerTooNew: 'ledger_too_new',
  ledgerUnreadable: 'ledger_unreadable',
  internal: 'internal',
} as const;
