/**
 * The preview's extraction kept for the commit. The import page analyses a file (a dry run)
 * and then commits it with the corrections made in its preview: without this the commit
 * reads and extracts the same bytes again, the import's largest cost. Preparing a file is
 * pure (prepare-import.ts: the same name, bytes and corrections give the same drafts), so
 * the drafts are kept, keyed by all of it, and a commit of what was previewed takes them.
 * A file keeps one entry: its corrections changing drops the older drafts. A commit with
 * corrections its preview did not have (rows excluded, added or retyped afterwards) misses
 * here and is prepared again from the extraction the import worker kept
 * (extraction-cache.ts), not from the bytes.
 *
 * Bounded by the drafts' bytes, not by files: a 30-item notice's drafts are ~19 KB, so a
 * session of hundreds of files fits. A commit takes its file's drafts out and keeps none
 * (nothing asks for them again): a session larger than the bound, previewed whole before its
 * first commit, still finds the files the previews left, instead of each commit pushing out
 * the next one's drafts. Such a commit never reaches the import worker, which kept the file's
 * extraction for a commit with other corrections (extraction-cache.ts): `taken` tells it the
 * file is committed, so it lets the extraction go instead of holding it until pushed out.
 */
import type { PrepareFn, PrepareInput, PreparedImport } from '../../core/import/prepare-import';
import { KeptBySize } from './kept-by-size';

/** 64 MiB of serialized drafts: about 3,400 notices of 30 items. */
const MAX_BYTES = 64 * 1024 * 1024;

interface Entry {
  corrections: string;
  drafts: PreparedImport;
}

export interface CachedPrepareOptions {
  /** Bytes of serialized drafts kept (default 64 MiB). */
  maxBytes?: number;
  /** Told of a commit answered from the kept drafts (the import worker's `drop`). */
  taken?: (file: PrepareInput) => void;
}

/** `prepare`, answering again from what it gave for the same file and corrections. */
export function cachedPrepare(
  prepare: PrepareFn,
  { maxBytes = MAX_BYTES, taken }: CachedPrepareOptions = {},
): PrepareFn {
  // by file (sha256 and name)
  const kept = new KeptBySize<Entry>(maxBytes);
  return async (input) => {
    const file = `${input.sha256}\u0000${input.name}`;
    const corrections = correctionsKey(input);
    const hit = kept.get(file, input.commit);
    if (hit?.corrections === corrections) {
      if (input.commit) taken?.(input);
      return hit.drafts;
    }
    // another call's drafts for this file are stale now
    kept.delete(file);
    const drafts = await prepare(input);
    if (!input.commit) kept.set(file, { corrections, drafts });
    return drafts;
  };
}

/** What a file's drafts depend on besides its bytes; a missing list is an empty one. */
function correctionsKey(input: PrepareInput): string {
  return JSON.stringify([input.edits ?? [], input.exclude ?? [], input.added ?? []]);
}
