/**
 * The import worker thread: prepares one file at a time, in the order they came (read →
 * extract → drafts), and answers with the drafts or a Chinese error. It shares nothing with the main thread, so
 * a slow or hostile file costs this thread's time and memory only — and the main thread
 * can end it (import-worker.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadGazetteer, setGazetteerDir } from '../../core/gazetteer/gazetteer-data';
import { userError } from '../../core/user-error';
import { gazetteerRegionLookup } from '../../core/import/extract';
import { prepareImport, type PrepareInput } from '../../core/import/prepare-import';
import { extractionCache, type KeptFile } from './extraction-cache';
import type { ReadLimits } from '../../core/import/readers';

export interface WorkerRequest {
  id: number;
  file: PrepareInput;
  limits?: Partial<ReadLimits>;
}

/** A file whose commit is stored: its extraction is let go. */
export interface WorkerDrop {
  drop: Required<KeptFile>;
}

const data = workerData as { gazetteerDir?: string } | undefined;
if (data?.gazetteerDir) setGazetteerDir(data.gazetteerDir);

// Ready once the readers and the gazetteer are loaded: the first file pays nothing extra.
try {
  loadGazetteer();
} catch {
  // A missing gazetteer is reported by the first import that needs it.
}
parentPort?.postMessage({ ready: true });

// One region lookup for every file this thread reads: the gazetteer never changes under
// it, so a place split for one notice is not split again for the next (bounded memo).
const regions = gazetteerRegionLookup();
// A commit with corrections its preview did not have is prepared from the preview's extraction.
const extractions = extractionCache();

// Files come several at a time (the main thread sends the next ones while it writes) and are
// read one after the other, in order: each file's time budget starts when its own read does.
let reading: Promise<unknown> = Promise.resolve();
parentPort?.on('message', (req: WorkerRequest | WorkerDrop) => {
  // in turn with the files, so it lets go of what the previews sent before it kept
  if ('drop' in req) {
    reading = reading.then(() => extractions.drop(req.drop));
    return;
  }
  reading = reading.then(() =>
    prepareImport(req.file, { limits: req.limits, regions, extractions }).then(
      (value) => parentPort?.postMessage({ id: req.id, value }),
      (e: unknown) => parentPort?.postMessage({ id: req.id, error: userError(e) }),
    ),
  );
});
