/**
 * The preview's extraction kept for the commit. The import page analyses a file (a dry run)
 * and then commits it with the corrections made in its preview: without this the commit
 * reads and extracts the same bytes again, the import's largest cost. Preparing a file is
 * pure (prepare-import.ts: the same name, bytes and corrections give the same drafts), so
 * the drafts are kept, keyed by all of it, and a commit of what was previewed takes them.
 * A file keeps one entry: its corrections changing drops the older drafts. Bounded by
 * files and by the drafts' size, the least recently used going first: a session previews all
 * its files before it commits the first, so the bounds hold a whole session of ordinary
 * notices (past them the commit of the first files finds them gone, and so on down the list).
 */
import { MAX_IMPORT_CALL_FILES } from '../../../shared/import-limits';
import type { PrepareFn, PrepareInput, PreparedImport } from '../../core/import/prepare-import';

export interface PreparedCacheBounds {
  /** The most files kept: as many as one import call carries. */
  files: number;
  /** The most drafts kept, in characters of their JSON over all files (about two bytes each). */
  chars: number;
}

const BOUNDS: PreparedCacheBounds = { files: MAX_IMPORT_CALL_FILES, chars: 32_000_000 };

interface Entry {
  corrections: string;
  drafts: PreparedImport;
  chars: number;
}

/** `prepare`, answering again from what it gave for the same file and corrections. */
export function cachedPrepare(prepare: PrepareFn, bounds: PreparedCacheBounds = BOUNDS): PrepareFn {
  // by file (name and sha256), in use order: the first is the least recently used
  const kept = new Map<string, Entry>();
  let chars = 0;
  const drop = (file: string) => {
    chars -= kept.get(file)?.chars ?? 0;
    kept.delete(file);
  };
  return async (input) => {
    const file = `${input.sha256}\u0000${input.name}`;
    const corrections = correctionsKey(input);
    const hit = kept.get(file);
    drop(file);
    if (hit?.corrections === corrections) {
      kept.set(file, hit);
      chars += hit.chars;
      // a copy: the writes that take drafts must never change what a later call is given
      return structuredClone(hit.drafts);
    }
    const drafts = await prepare(input);
    const size = JSON.stringify(drafts).length;
    if (size > bounds.chars) return drafts;
    drop(file); // a call for the same file that finished meanwhile
    while (kept.size >= bounds.files || (kept.size > 0 && chars + size > bounds.chars))
      drop(kept.keys().next().value!);
    kept.set(file, { corrections, drafts: structuredClone(drafts), chars: size });
    chars += size;
    return drafts;
  };
}

/** What a file's drafts depend on besides its bytes; a missing list is an empty one. */
function correctionsKey(input: PrepareInput): string {
  return JSON.stringify([input.edits ?? [], input.exclude ?? [], input.added ?? []]);
}
