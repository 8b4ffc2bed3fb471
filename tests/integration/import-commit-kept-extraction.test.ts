/**
 * A commit whose corrections changed since its preview is prepared from the extraction the
 * import worker kept (extraction-cache.ts) behind the preview's drafts (prepared-cache.ts),
 * as both doors wire them. What it stores must be exactly what preparing every call afresh
 * stores, table by table: on the seeds committed as one batch (each file written with the
 * ones before it in the ledger), with rows retitled, excluded, added and a file corrected twice
 * between its previews. And what the caches hold carries nothing of a ledger: entries kept
 * while one ledger's contents were open serve another's (a restore or a whole-ledger import
 * replaces them under the same process) exactly as preparing afresh does.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApiContext } from '../../src/main/api/context';
import { extractionCache } from '../../src/main/app/import/extraction-cache';
import { cachedPrepare } from '../../src/main/app/import/prepared-cache';
import { gazetteerRegionLookup } from '../../src/main/core/import/extract';
import {
  prepareImport,
  type ExtractionStore,
  type PrepareFn,
} from '../../src/main/core/import/prepare-import';
import type { ImportFilePayload, ImportOutcome } from '../../src/shared/contract';
import { apiCall } from '../support/api-call';
import { ledgerDataTables } from '../support/ledger-data-tables';
import { hasShared, seedFiles, seedsDir } from '../support/shared';
import { tempLedger } from '../support/temp-ledger';

type Corrections = Pick<ImportFilePayload, 'edits' | 'exclude' | 'added'>;

const seeds = (): ImportFilePayload[] =>
  seedFiles().map((name) => ({
    name,
    dataBase64: readFileSync(path.join(seedsDir, name)).toString('base64'),
  }));

const ADDED = { kind: 'zone' as const, regionText: '石家庄市新华区', title: '手工添加的实验区' };

/** What each seed is committed with; the previews before it had none (the third one other). */
const AT_COMMIT: Record<number, Corrections> = {
  0: { edits: [{ index: 0, title: '更正后的名称' }], exclude: [1], added: [ADDED] },
  1: { exclude: [0] },
  2: { edits: [{ index: 0, title: '二次更正' }] },
};
const SECOND_PREVIEW: Record<number, Corrections> = { 2: { exclude: [0] } };

/** Prepares as the doors do (the drafts cache before the worker's), counting extractions. */
function asTheDoors(): { prepare: PrepareFn; extracted: () => number } {
  const regions = gazetteerRegionLookup();
  const kept = extractionCache();
  let extracted = 0;
  const extractions: ExtractionStore = {
    get: (f) => kept.get(f) ?? (extracted++, undefined),
    keep: kept.keep,
  };
  return {
    prepare: cachedPrepare((f) => prepareImport(f, { regions, extractions })),
    extracted: () => extracted,
  };
}

function fresh(): PrepareFn {
  const regions = gazetteerRegionLookup();
  return (f) => prepareImport(f, { regions });
}

const call = (ledger: ApiContext['ledger'], prepare: PrepareFn) =>
  apiCall(() => ({ ledger, door: 'desktop', prepareImport: prepare }));

/** Previews every file one call each (the third twice, corrected between), then commits all in one call. */
async function previewThenCommitBatch(prepare: PrepareFn) {
  const t = await tempLedger();
  try {
    const api = call(t.ledger, prepare);
    const files = seeds();
    for (const [i, f] of files.entries()) {
      await api('import/files', { files: [{ ...f, edits: [] }], dryRun: true });
      if (SECOND_PREVIEW[i])
        await api('import/files', { files: [{ ...f, ...SECOND_PREVIEW[i] }], dryRun: true });
    }
    const out: ImportOutcome = await api('import/files', {
      files: files.map((f, i) => ({
        ...f,
        edits: [],
        exclude: [],
        joins: [],
        added: [],
        ...AT_COMMIT[i],
      })),
    });
    return { tables: ledgerDataTables(t.ledger.db), out };
  } finally {
    t.cleanup();
  }
}

const reported = (o: ImportOutcome) => ({
  files: o.files,
  failures: o.failures,
  notices: o.notices.map(({ warnings, title, docNo, kind }) => ({ warnings, title, docNo, kind })),
  records: o.records.map((r) => r.id),
});

describe.skipIf(!hasShared)(
  'a commit corrected since its preview, from the kept extraction',
  () => {
    it('stores on the seeds, committed as one batch, what preparing every call afresh stores', async () => {
      const doors = asTheDoors();
      const withCaches = await previewThenCommitBatch(doors.prepare);
      const without = await previewThenCommitBatch(fresh());
      // each seed was extracted once, the corrected commits made from the kept extraction
      expect(doors.extracted()).toBe(seedFiles().length);
      expect(withCaches.out.failures).toEqual([]);
      expect(withCaches.tables).toEqual(without.tables);
      expect(reported(withCaches.out)).toEqual(reported(without.out));
      const stored = JSON.stringify(withCaches.tables);
      for (const title of ['更正后的名称', '二次更正', ADDED.title])
        expect(stored).toContain(title);
    }, 180_000);

    it('entries kept while one ledger was open serve another exactly as preparing afresh', async () => {
      const files = seeds();
      const last = files.length - 1;
      // another ledger's contents: the last seed in it already
      const otherLedger = async (prepare: PrepareFn) => {
        const t = await tempLedger();
        await call(t.ledger, fresh())('import/files', { files: [files[last]!] });
        const api = call(t.ledger, prepare);
        for (const [i, f] of files.slice(0, last).entries())
          await api('import/files', {
            files: [{ ...f, edits: [], exclude: [], joins: [], added: [], ...AT_COMMIT[i] }],
          });
        const tables = ledgerDataTables(t.ledger.db);
        t.cleanup();
        return tables;
      };
      const doors = asTheDoors();
      const first = await tempLedger();
      try {
        for (const f of files)
          await call(first.ledger, doors.prepare)('import/files', {
            files: [{ ...f, edits: [] }],
            dryRun: true,
          });
      } finally {
        first.cleanup();
      }
      const kept = await otherLedger(doors.prepare);
      expect(doors.extracted()).toBe(files.length);
      expect(kept).toEqual(await otherLedger(fresh()));
    }, 180_000);
  },
);
