/**
 * How a click's files travel to the import: as few calls as the transports take, so the
 * backend writes them several to a durable commit (file-batch.ts) and reads the next while
 * it writes, as the command line does, instead of one call, one commit, a file. A call
 * holds at most the contract's file count and about CALL_BASE64 of file data (browser
 * mode refuses a request body over 150 MB); a file larger than that goes alone. The
 * session's order holds. Pure: no React, so its test reads it.
 */
import type { ImportOutcome } from '../../../../shared/method-results';
import { MAX_IMPORT_CALL_FILES } from '../../../../shared/import-limits';

/** File data one call carries at most, in base64 characters (a file over it goes alone). */
export const CALL_BASE64 = 64 * 1024 * 1024;

/** `files` cut, in order, into the calls that carry them. */
export function commitCalls<F extends { dataBase64?: string | null }>(
  files: readonly F[],
  budget = CALL_BASE64,
): F[][] {
  const calls: F[][] = [];
  let size = 0;
  for (const f of files) {
    const n = f.dataBase64?.length ?? 0;
    const last = calls.at(-1);
    if (last && last.length < MAX_IMPORT_CALL_FILES && size + n <= budget) {
      last.push(f);
      size += n;
    } else {
      calls.push([f]);
      size = n;
    }
  }
  return calls;
}

/**
 * The part of a call's outcome that is its i-th file's, as the outcome of a call of that
 * file alone: by place, not by name (two files of a click may share a name). The outcome
 * lists every file in call order and the failures in the same order.
 */
export function outcomeOfFile(o: ImportOutcome, i: number): ImportOutcome {
  const file = o.files[i];
  if (!file) return { ...o, files: [], failures: [] };
  const failedBefore = o.files.slice(0, i).filter((f) => f.status === 'failed').length;
  const failure = file.status === 'failed' ? o.failures[failedBefore] : undefined;
  return { ...o, files: [file], failures: failure ? [failure] : [] };
}
