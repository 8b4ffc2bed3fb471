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
 * session of hundreds of files fits. A commit keeps no drafts of its own, and a file's drafts
 * go once its commit is stored (`stored`, which the import calls after the file's transaction
 * committed): a session larger than the bound, previewed whole before its first commit, still
 * finds the files the previews left, instead of each commit pushing out the next one's drafts.
 * Not before: a commit whose write failed (the ledger restored meanwhile, a full disk) and is
 * previewed or committed again still finds its extraction, and its drafts too if it was
 * committed as previewed (a commit with other corrections replaced them). A commit answered
 * here never reaches the import worker, which kept the file's extraction for a commit with
 * other corrections (extraction-cache.ts): `stored` tells it too, so it lets the extraction go
 * instead of holding it until pushed out.
 */
import type { PrepareFn, PrepareInput, PreparedImport } from '../../core/import/prepare-import';
import { keptFileKey, type KeptFile } from './extraction-cache';
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
  /** Told of a file whose commit was stored (the import worker's `drop`). */
  stored?: (file: KeptFile) => void;
}

/** A `prepare` that keeps its drafts, told when a file's commit is stored. */
export type CachedPrepareFn = PrepareFn & {
  /** The file's commit is stored: its drafts (and the worker's extraction) can go. */
  stored(file: KeptFile): void;
};

/** `prepare`, answering again from what it gave for the same file and corrections. */
export function cachedPrepare(
  prepare: PrepareFn,
  { maxBytes = MAX_BYTES, stored }: CachedPrepareOptions = {},
): CachedPrepareFn {
  // by file (sha256 and name)
  const kept = new KeptBySize<Entry>(maxBytes);
  const cached = async (input: PrepareInput) => {
    const file = keptFileKey(input);
    const corrections = correctionsKey(input);
    const hit = kept.get(file);
    if (hit?.corrections === corrections) return hit.drafts;
    // another call's drafts for this file are stale now
    kept.delete(file);
    const drafts = await prepare(input);
    if (!input.commit) kept.set(file, { corrections, drafts });
    return drafts;
  };
  return Object.assign(cached, {
    stored: (file: KeptFile) => {
      kept.delete(keptFileKey(file));
      stored?.(file);
    },
  });
}

/** What a file's drafts depend on besides its bytes; a missing list is an empty one. */
function correctionsKey(input: PrepareInput): string {
  return JSON.stringify([input.edits ?? [], input.exclude ?? [], input.added ?? []]);
}
