/**
 * The import worker thread keeps each previewed file's extraction (extraction-cache.ts, hooked
 * up in import-worker-entry.ts): a commit whose corrections changed since its preview is made
 * from it, not from its bytes, and again if its write failed; the drop message, sent once the
 * commit is stored, lets go of it, and a closed worker (the door's ledger closed) keeps
 * nothing. Told by the bytes: a commit sent with none still gets the previewed file's records
 * while the extraction is kept, and none once it is gone.
 */
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { ImportWorker } from '../../src/main/app/import/import-worker';
import type { PrepareInput } from '../../src/main/core/import/prepare-import';
import { HEBEI_ZONES } from '../support/sample-notice';

const bytes = new Uint8Array(Buffer.from(HEBEI_ZONES));
const previewed: PrepareInput = {
  name: 'hebei.txt',
  bytes,
  sha256: createHash('sha256').update(bytes).digest('hex'),
};
/** The same file's commit with its first row excluded, its bytes left out. */
const commitWithoutBytes: PrepareInput = {
  ...previewed,
  bytes: new Uint8Array(),
  exclude: [0],
  commit: true,
};

let worker: ImportWorker | null = null;
afterEach(async () => {
  await worker?.close();
  worker = null;
});

/** Records a call gives; a file that cannot be read gives none. */
const records = (w: ImportWorker, f: PrepareInput) =>
  w.prepare(f).then(
    (p) => p.records.length,
    () => 0,
  );

describe('the import worker keeps its previews’ extractions', () => {
  it('makes a corrected commit from the preview’s extraction until the commit is stored', async () => {
    worker = new ImportWorker();
    const preview = await records(worker, previewed);
    expect(preview).toBeGreaterThan(1);
    expect(await records(worker, commitWithoutBytes)).toBe(preview - 1);
    // its write failed: the commit sent again is made from the same extraction
    expect(await records(worker, commitWithoutBytes)).toBe(preview - 1);
    worker.drop(previewed);
    expect(await records(worker, commitWithoutBytes)).toBe(0);
  }, 60_000);

  it('keeps nothing past its close', async () => {
    worker = new ImportWorker();
    expect(await records(worker, previewed)).toBeGreaterThan(1);
    await worker.close();
    expect(await records(worker, commitWithoutBytes)).toBe(0);
  }, 60_000);

  it('lets go of a stored file, and keeps the others', async () => {
    worker = new ImportWorker();
    const other: PrepareInput = { ...previewed, name: 'copy.txt' };
    const preview = await records(worker, previewed);
    expect(await records(worker, other)).toBe(preview);
    worker.drop(previewed);
    expect(await records(worker, commitWithoutBytes)).toBe(0);
    expect(await records(worker, { ...commitWithoutBytes, name: 'copy.txt' })).toBe(preview - 1);
  }, 60_000);
});
