/**
 * The import worker thread: prepares one file at a time (read → extract → drafts) and
 * answers with the drafts or a Chinese error. It shares nothing with the main thread, so
 * a slow or hostile file costs this thread's time and memory only — and the main thread
 * can end it (import-worker.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadGazetteer, setGazetteerDir } from '../../core/gazetteer/gazetteer-data';
import { userError } from '../../core/user-error';
import { prepareImport, type PrepareInput } from '../../core/import/prepare-import';
import type { ReadLimits } from '../../core/import/readers';

export interface WorkerRequest {
  id: number;
  file: PrepareInput;
  limits?: Partial<ReadLimits>;
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

parentPort?.on('message', (req: WorkerRequest) => {
  prepareImport(req.file, { limits: req.limits }).then(
    (value) => parentPort?.postMessage({ id: req.id, value }),
    (e: unknown) => parentPort?.postMessage({ id: req.id, error: userError(e) }),
  );
});
