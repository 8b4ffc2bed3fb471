/**
 * What the import's caches kept for a file's commit (the preview's drafts, prepared-cache.ts;
 * the worker's extraction, extraction-cache.ts) goes once the commit is stored, and not
 * before: a commit whose write failed, previewed or committed again, is not read and
 * extracted again. Extraction is counted through the extraction store's misses, never timed.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { extractionCache } from '../../src/main/app/import/extraction-cache';
import { importFiles, type ImportFile } from '../../src/main/app/import/import-notices';
import { cachedPrepare } from '../../src/main/app/import/prepared-cache';
import { gazetteerRegionLookup } from '../../src/main/core/import/extract';
import {
  prepareImport,
  type ExtractionStore,
  type PrepareInput,
} from '../../src/main/core/import/prepare-import';
import { HEBEI_ZONES } from '../support/sample-notice';
import { tempLedger } from '../support/temp-ledger';

const bytes = new Uint8Array(Buffer.from(HEBEI_ZONES));
const sha256 = createHash('sha256').update(bytes).digest('hex');
const file = (more: Partial<ImportFile> = {}): ImportFile => ({
  name: 'hebei.txt',
  bytes,
  ...more,
});

/** The caches wired as the doors wire them, counting extractions and what the worker is told. */
function asTheDoors() {
  const kept = extractionCache();
  let extracted = 0;
  let prepared = 0;
  const extractions: ExtractionStore = {
    get: (f) => kept.get(f) ?? (extracted++, undefined),
    keep: kept.keep,
  };
  const regions = gazetteerRegionLookup();
  const dropped: string[] = [];
  const prepare = cachedPrepare(
    (f: PrepareInput) => (prepared++, prepareImport(f, { regions, extractions })),
    { stored: (f) => (dropped.push(f.name), kept.drop(f)) },
  );
  return {
    prepare,
    kept,
    dropped,
    counts: () => ({ extracted, prepared }),
  };
}

const FULL_DISK = () => {
  throw new Error('磁盘已满');
};

describe('a commit lets go of what was kept for it once it is stored', () => {
  it('a failed write keeps the drafts and the extraction for the next preview and commit', async () => {
    const t = await tempLedger();
    try {
      const doors = asTheDoors();
      const opts = { prepare: doors.prepare, stored: doors.prepare.stored };
      const preview = await importFiles(t.ledger, [file({ edits: [] })], { ...opts, dryRun: true });
      expect(preview.records.length).toBeGreaterThan(2);
      expect(doors.counts()).toEqual({ extracted: 1, prepared: 1 });

      // committed as previewed, the write fails: nothing let go
      const failed = await importFiles(t.ledger, [file({ edits: [] })], {
        ...opts,
        verifyInTransaction: FULL_DISK,
      });
      expect(failed.failures).toHaveLength(1);
      expect(doors.dropped).toEqual([]);
      // previewed again: the drafts are still there
      await importFiles(t.ledger, [file({ edits: [] })], { ...opts, dryRun: true });
      expect(doors.counts()).toEqual({ extracted: 1, prepared: 1 });

      // a row excluded since, and the write fails again: drafts made from the kept extraction
      const excluded = file({ edits: [], exclude: [0] });
      await importFiles(t.ledger, [excluded], { ...opts, verifyInTransaction: FULL_DISK });
      expect(doors.counts()).toEqual({ extracted: 1, prepared: 2 });
      expect(doors.dropped).toEqual([]);

      // stored at last, still from the kept extraction; then both caches let the file go
      const stored = await importFiles(t.ledger, [excluded], opts);
      expect(stored.failures).toEqual([]);
      expect(stored.records).toHaveLength(preview.records.length - 1);
      expect(doors.counts()).toEqual({ extracted: 1, prepared: 3 });
      expect(doors.dropped).toEqual(['hebei.txt']);
      expect(doors.kept.get({ name: 'hebei.txt', bytes, sha256 })).toBeUndefined();
      await doors.prepare({ name: 'hebei.txt', bytes, sha256, edits: [] });
      expect(doors.counts()).toEqual({ extracted: 2, prepared: 4 });
    } finally {
      t.cleanup();
    }
  });

  it('a preview tells nothing; a file found stored already is told (what its preview kept goes)', async () => {
    const t = await tempLedger();
    try {
      const doors = asTheDoors();
      const opts = { prepare: doors.prepare, stored: doors.prepare.stored };
      await importFiles(t.ledger, [file()], { ...opts, dryRun: true });
      expect(doors.dropped).toEqual([]);
      await importFiles(t.ledger, [file()], opts);
      expect(doors.dropped).toEqual(['hebei.txt']);
      await importFiles(t.ledger, [file({ name: 'again.txt' })], { ...opts, dryRun: true });
      const again = await importFiles(t.ledger, [file({ name: 'again.txt' })], opts);
      expect(again.files[0]?.status).toBe('already_imported');
      expect(doors.dropped).toEqual(['hebei.txt', 'again.txt']);
    } finally {
      t.cleanup();
    }
  });
});
