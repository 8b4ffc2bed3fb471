/**
 * The import worker's extractions kept by file (sha256 and name), for a commit whose
 * corrections differ from its preview's: the clerk excluded a row, added one by hand or
 * retyped one after the preview, so the drafts the preview made (prepared-cache.ts) do not
 * serve, but the file's reading and extraction do — only the corrections, regions and drafts
 * are made again. Bounded by bytes, the least recently used going first. A file's extraction
 * goes by `drop` (the worker's drop message) once its commit is stored, whether the commit
 * reached this thread or the drafts cache answered it, so committed files do not hold the
 * bound until newer previews push them out — and not before: a commit whose write failed,
 * previewed or committed again, is not read and extracted again.
 */
import type {
  ExtractedFile,
  ExtractionStore,
  PrepareInput,
} from '../../core/import/prepare-import';
import { KeptBySize } from './kept-by-size';

/** 64 MiB of serialized extractions: hundreds of ordinary notices. */
const MAX_BYTES = 64 * 1024 * 1024;

/** A file as the caches know it: its hash and name. */
export type KeptFile = Pick<PrepareInput, 'sha256' | 'name'>;

/** The key both caches keep a file by: its hash and its name (the name is read too: a file name can date or title a notice). */
export const keptFileKey = (f: KeptFile): string => `${f.sha256}\u0000${f.name}`;

export interface KeptExtractions extends ExtractionStore {
  /** Takes a file's extraction out: its commit is stored. */
  drop(file: KeptFile): void;
}

export function extractionCache(maxBytes = MAX_BYTES): KeptExtractions {
  const kept = new KeptBySize<ExtractedFile>(maxBytes);
  return {
    get: (f) => (f.sha256 ? kept.get(keptFileKey(f)) : undefined),
    keep: (f, extracted) => {
      // a file without its hash cannot be told from another of the same name
      if (f.sha256 && !f.commit) kept.set(keptFileKey(f), extracted);
    },
    drop: (f) => kept.delete(keptFileKey(f)),
  };
}
