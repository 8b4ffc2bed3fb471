/**
 * The import page previews each file (a dry run) and then commits it: with the preview's
 * drafts kept (prepared-cache.ts) the commit does not read and extract the file again, and
 * stores exactly what a commit extracting again stores — records, provenance, warnings, table
 * by table — on the seed notices. A file committed with a correction its preview did not
 * have is extracted again, with the correction.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApiContext } from '../../src/main/api/context';
import { cachedPrepare } from '../../src/main/app/import/prepared-cache';
import { gazetteerRegionLookup } from '../../src/main/core/import/extract';
import {
  prepareImport,
  type PrepareFn,
  type PrepareInput,
} from '../../src/main/core/import/prepare-import';
import type { ImportFilePayload, ImportOutcome } from '../../src/shared/contract';
import { apiCall } from '../support/api-call';
import { ledgerDataTables } from '../support/ledger-data-tables';
import { hasShared, seedFiles, seedsDir } from '../support/shared';
import { tempLedger } from '../support/temp-ledger';

/** The seeds as the page sends them; the first committed with its first item retitled. */
const seeds = (): ImportFilePayload[] =>
  seedFiles().map((name) => ({
    name,
    dataBase64: readFileSync(path.join(seedsDir, name)).toString('base64'),
  }));
const RETITLED = { index: 0, title: '更正后的名称' };

/** Previews every seed one call each, then commits them one call each, as the page does. */
async function previewThenCommit(prepare: PrepareFn) {
  const t = await tempLedger();
  try {
    const ctx: ApiContext = { ledger: t.ledger, door: 'desktop', prepareImport: prepare };
    const call = apiCall(() => ctx);
    const files = seeds();
    for (const f of files) {
      const dry = await call('import/files', { files: [{ ...f, edits: [] }], dryRun: true });
      expect(dry.failures).toEqual([]);
    }
    const commits: ImportOutcome[] = [];
    let step: number | 'new' = 'new';
    for (const [i, f] of files.entries()) {
      const edits = i === 0 ? [RETITLED] : [];
      const out: ImportOutcome = await call('import/files', {
        files: [{ ...f, edits, exclude: [], joins: [], added: [] }],
        step,
      });
      step = out.step ?? step;
      commits.push(out);
    }
    return { tables: ledgerDataTables(t.ledger.db), commits };
  } finally {
    t.cleanup();
  }
}

/** Prepares in this thread (as the doors' worker does), counting the files it reads. */
function counted() {
  const read: PrepareInput[] = [];
  const regions = gazetteerRegionLookup();
  const prepare: PrepareFn = (f) => {
    read.push(f);
    return prepareImport(f, { regions });
  };
  return { read, prepare };
}

describe.skipIf(!hasShared)('a commit takes the drafts its preview extracted', () => {
  it('reads each seed once, the corrected one twice, and stores what extracting again does', async () => {
    const plain = counted();
    const kept = counted();
    const without = await previewThenCommit(plain.prepare);
    const withCache = await previewThenCommit(cachedPrepare(kept.prepare));
    const n = seedFiles().length;
    // without the cache every commit reads its file again
    expect(plain.read).toHaveLength(2 * n);
    // with it only the file whose correction changed since its preview
    expect(kept.read.map((f) => f.name)).toEqual([...seedFiles(), seedFiles()[0]]);
    expect(kept.read.at(-1)!.edits).toEqual([RETITLED]);

    expect(withCache.commits.flatMap((c) => c.failures)).toEqual([]);
    expect(withCache.tables).toEqual(without.tables);
    // what each commit reports: the files' changes and regions, the notices and their warnings
    const reported = (cs: ImportOutcome[]) =>
      cs.map((c) => ({
        files: c.files,
        notices: c.notices.map(({ warnings, title, docNo, kind }) => ({
          warnings,
          title,
          docNo,
          kind,
        })),
        records: c.records.map((r) => r.id),
      }));
    expect(reported(withCache.commits)).toEqual(reported(without.commits));
    // the correction was stored
    expect(JSON.stringify(withCache.tables)).toContain(RETITLED.title);
  }, 120_000);
});
