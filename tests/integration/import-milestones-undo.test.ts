/**
 * An import's milestones are written in runs (WriteTx.insertMany) and its joined records'
 * obligations updated in place: undoing the imports takes exactly those rows away and
 * redoing them puts the same rows back (ids, keys, dates, statuses), file by file of a
 * multi-file import whose later notices join records of the earlier ones.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFiles, type ImportFile } from '../../src/main/app/import/import-notices';
import type { Ledger } from '../../src/main/db/ledger';
import { redoNext, undoLast } from '../../src/main/db/write/replay';
import {
  createRng,
  encodeNotice,
  generateLedger,
  loadRegionPool,
  makeNoticeMeta,
  NOTICE_ENCODINGS,
  NOTICE_LAYOUTS,
  renderNotice,
} from '../support/generate';
import { tempLedger } from '../support/temp-ledger';

const NOTICES = 8;
const PER_NOTICE = 30;

let ledger: Ledger;
let cleanup: () => void;
beforeEach(async () => {
  ({ ledger, cleanup } = await tempLedger());
});
afterEach(() => cleanup());

async function noticeFiles(): Promise<ImportFile[]> {
  const g = generateLedger({ seed: 41, size: NOTICES * PER_NOTICE }, await loadRegionPool());
  const rng = createRng(41);
  return Array.from({ length: NOTICES }, (_, i) => {
    const records = g.records.slice(i * PER_NOTICE, (i + 1) * PER_NOTICE);
    const layout = NOTICE_LAYOUTS[i % NOTICE_LAYOUTS.length]!;
    const notice = renderNotice(records, makeNoticeMeta(rng, records[0]!), layout);
    const encoding = NOTICE_ENCODINGS[i % NOTICE_ENCODINGS.length]!;
    return { name: `notice-${i}.txt`, bytes: new Uint8Array(encodeNotice(notice.text, encoding)) };
  });
}

const milestones = () => ledger.db.prepare('SELECT * FROM milestones ORDER BY id').all();
const joined = () =>
  (ledger.db.prepare('SELECT count(*) AS n FROM mentions WHERE joined = 1').get() as { n: number })
    .n;

describe('milestones of a multi-file import under undo and redo', () => {
  it('are taken away by undo and put back exactly by redo, file by file', async () => {
    const files = await noticeFiles();
    // the first half alone, then the rest at once: later files join earlier records
    await importFiles(ledger, files.slice(0, NOTICES / 2));
    const half = milestones();
    const outcome = await importFiles(ledger, files.slice(NOTICES / 2));
    expect(outcome.failures).toEqual([]);
    const all = milestones();
    expect(all.length).toBeGreaterThan(half.length);
    expect(joined()).toBeGreaterThan(0);

    // each import is one operation (automatic merges may add their own): undo back to half
    let steps = 0;
    while (
      milestones().length !== half.length ||
      JSON.stringify(milestones()) !== JSON.stringify(half)
    ) {
      expect(undoLast(ledger.db)).not.toBeNull();
      if (++steps > 100) throw new Error('undo never reached the first half');
    }
    expect(milestones()).toEqual(half);
    for (let i = 0; i < steps; i++) expect(redoNext(ledger.db)).not.toBeNull();
    expect(milestones()).toEqual(all);
  });
});
