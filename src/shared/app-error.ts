/**
 * An expected failure with a stable English code and a Chinese message for people.
 * Handlers turn it into `{ok:false, error}`; anything else thrown is an internal error.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }
}
