import type { ApiError } from '../../../shared/result';

/** A backend error as people read it: the Chinese message, the code for support. */
export function ErrorNote({ error }: { error: ApiError }) {
  return (
    <p className="error-note" role="alert">
      {error.message} <span className="error-code">[{error.code}]</span>
    </p>
  );
}
