/**
 * The import worker's extractions kept by file (extraction-cache.ts): a commit with rows
 * excluded, added or retyped after its preview is prepared from the preview's extraction —
 * the file is not read and extracted again — and gives exactly the drafts a fresh preparing
 * with the same corrections gives. Extraction is counted through the region lookup it asks
 * (making drafts from an extraction never asks it), never timed.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { extractionCache } from '../../../src/main/app/import/extraction-cache';
import { gazetteerRegionLookup, type RegionLookup } from '../../../src/main/core/import/extract';
import { prepareImport, type PrepareInput } from '../../../src/main/core/import/prepare-import';
import { HEBEI_ZONES } from '../../support/sample-notice';

const bytes = new Uint8Array(Buffer.from(HEBEI_ZONES));
const notice = (more: Partial<PrepareInput> = {}): PrepareInput => ({
  name: 'hebei.txt',
  bytes,
  sha256: createHash('sha256').update(bytes).digest('hex'),
  ...more,
});

/** A region lookup counting the extractions that ask it. */
function counted(): { regions: RegionLookup; asked: () => number } {
  const real = gazetteerRegionLookup();
  let n = 0;
  return {
    regions: { ...real, splitPrefix: (t, c) => (n++, real.splitPrefix(t, c)) },
    asked: () => n,
  };
}

const ADDED = { kind: 'zone' as const, regionText: '石家庄市新华区', title: '手工添加的实验区' };
const fresh = (input: PrepareInput) => prepareImport(input, { regions: gazetteerRegionLookup() });

describe('extractions kept for a commit with other corrections', () => {
  it('prepares a commit excluding and adding rows from the preview’s extraction, as a fresh read would', async () => {
    const { regions, asked } = counted();
    const extractions = extractionCache();
    const preview = await prepareImport(notice(), { regions, extractions });
    expect(preview.records.length).toBeGreaterThan(2);
    const afterPreview = asked();
    expect(afterPreview).toBeGreaterThan(0);

    const corrected = notice({
      edits: [{ index: 1, title: '改过的名称' }],
      exclude: [0],
      added: [ADDED],
    });
    const kept = await prepareImport(corrected, { regions, extractions });
    expect(asked()).toBe(afterPreview);
    expect(kept).toEqual(await fresh(corrected));
    expect(kept.records).toHaveLength(preview.records.length);
    expect(kept.records.map((r) => r.fields.title)).toContain('手工添加的实验区');

    // the drafts made from the kept extraction changed nothing in it
    expect(await prepareImport(notice(), { regions, extractions })).toEqual(preview);
    expect(asked()).toBe(afterPreview);
  });

  it('a commit leaves the extraction until it is stored; a file without its hash is never kept', async () => {
    const { regions, asked } = counted();
    const extractions = extractionCache();
    await prepareImport(notice(), { regions, extractions });
    const once = asked();
    // a commit whose write failed is committed again from the same extraction
    await prepareImport(notice({ exclude: [0], commit: true }), { regions, extractions });
    await prepareImport(notice({ exclude: [0], commit: true }), { regions, extractions });
    expect(asked()).toBe(once);
    extractions.drop(notice());
    await prepareImport(notice({ exclude: [0], commit: true }), { regions, extractions });
    expect(asked()).toBe(2 * once);
    // nor does a commit keep what it read
    await prepareImport(notice({ exclude: [0], commit: true }), { regions, extractions });
    expect(asked()).toBe(3 * once);

    const unhashed = notice({ name: 'other.txt', sha256: '' });
    await prepareImport(unhashed, { regions, extractions });
    await prepareImport(unhashed, { regions, extractions });
    expect(asked()).toBe(5 * once);
  });

  it('lets go of a stored file, and of that file only', async () => {
    const { regions, asked } = counted();
    const extractions = extractionCache();
    await prepareImport(notice(), { regions, extractions });
    // the same bytes under another name are another file
    await prepareImport(notice({ name: 'copy.txt' }), { regions, extractions });
    const once = asked() / 2;
    extractions.drop({ sha256: notice().sha256, name: 'hebei.txt' });
    await prepareImport(notice({ name: 'copy.txt', exclude: [0] }), { regions, extractions });
    expect(asked()).toBe(2 * once);
    await prepareImport(notice({ exclude: [0] }), { regions, extractions });
    expect(asked()).toBe(3 * once);
  });

  it('keeps nothing larger than its bound', async () => {
    const { regions, asked } = counted();
    const extractions = extractionCache(1000);
    await prepareImport(notice(), { regions, extractions });
    const once = asked();
    await prepareImport(notice({ exclude: [0] }), { regions, extractions });
    expect(asked()).toBe(2 * once);
  });
});
