/**
 * A multi-file import writes its files into one transaction, one savepoint and one import
 * operation per file (file-batch.ts): the files wait for one durable commit together, a
 * file that fails inside that transaction leaves nothing of itself while the files before
 * and after it land, and the undo log is what the files written one call each give — an
 * operation per file, one step when the call carries one. Whether files share a commit is
 * seen from a second connection, which sees nothing of the batch until it commits.
 */
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiContext } from '../../src/main/api/context';
import { importFiles, type ImportFile } from '../../src/main/app/import/import-notices';
import { undoLast } from '../../src/main/db/write/replay';
import { ledgerDataTables } from '../support/ledger-data-tables';
import { ledgerFingerprint } from '../support/ledger-fingerprint';
import { HEBEI_ZONES } from '../support/sample-notice';
import { tempLedger } from '../support/temp-ledger';
import { apiCall } from '../support/api-call';

/** Four approvals of different batches naming different districts: four notices, 12 zones. */
const BATCHES: [string, string[]][] = [
  ['第二批', ['石家庄市长安区', '保定市竞秀区', '唐山市路北区']],
  ['第三批', ['邯郸市丛台区', '邢台市襄都区', '沧州市运河区']],
  ['第四批', ['廊坊市广阳区', '衡水市桃城区', '承德市双桥区']],
  ['第五批', ['张家口市桥西区', '秦皇岛市海港区', '石家庄市桥西区']],
];
const file = ([batch, places]: [string, string[]]): ImportFile => {
  let text = HEBEI_ZONES.replaceAll('第二批', batch);
  ['石家庄市长安区', '保定市竞秀区', '唐山市路北区'].forEach(
    (was, i) => (text = text.replace(was, places[i]!)),
  );
  return { name: `${batch}.txt`, bytes: new Uint8Array(Buffer.from(text, 'utf8')) };
};
const FILES = BATCHES.map(file);
const WARM_UP = file(['第一批', ['石家庄市新华区', '保定市莲池区', '唐山市路南区']]);

let ctx: ApiContext;
let cleanup: () => void;
let other: Database.Database;
const call = apiCall(() => ctx);

beforeEach(async () => {
  const t = await tempLedger();
  ctx = { ledger: t.ledger, door: 'cli' };
  cleanup = t.cleanup;
  other = new Database(t.file, { readonly: true });
  // The first import of a ledger plans it and warms the statements: not the batch's work.
  expect((await importFiles(t.ledger, [WARM_UP])).failures).toEqual([]);
});
afterEach(() => {
  other.close();
  cleanup();
});

/** Notices another connection sees committed. */
const committedNotices = () =>
  (other.prepare('SELECT count(*) AS n FROM notices').get() as { n: number }).n;

/**
 * Imports `files` in one call with the transaction's time budget never spent (the clock
 * stopped), noting at each file's write what another connection sees; `failAt` makes that
 * file's write fail inside the transaction.
 */
async function importOneCall(files: readonly ImportFile[], failAt?: number) {
  const seen: number[] = [];
  const clock = vi.spyOn(performance, 'now').mockReturnValue(0);
  try {
    const outcome = await importFiles(ctx.ledger, files, {
      verifyInTransaction: () => {
        seen.push(committedNotices());
        if (seen.length - 1 === failAt) throw new Error('write failed (simulated)');
      },
    });
    return { outcome, seen };
  } finally {
    clock.mockRestore();
  }
}

describe('a multi-file import: one commit, a savepoint per file', () => {
  it('writes its files in one transaction: nothing is visible until all are committed', async () => {
    const { outcome, seen } = await importOneCall(FILES);
    expect(outcome.failures).toEqual([]);
    // every file was written while the warm-up notice was all another connection could see
    expect(seen).toEqual([1, 1, 1, 1]);
    expect(committedNotices()).toBe(5);
  });

  it('a file failing inside the transaction is rolled back alone; the others of its commit land', async () => {
    const { outcome, seen } = await importOneCall(FILES, 1);
    expect(seen).toEqual([1, 1, 1, 1]);
    expect(outcome.files.map((f) => f.status)).toEqual([
      'imported',
      'failed',
      'imported',
      'imported',
    ]);
    expect(outcome.failures.map((f) => f.file)).toEqual(['第三批.txt']);
    expect(committedNotices()).toBe(4);
    const withFailure = ledgerDataTables(ctx.ledger.db);
    // the same ledger, ids included, as the three good files imported without the failing one
    const alone = await tempLedger();
    try {
      await importFiles(alone.ledger, [WARM_UP]);
      await importFiles(alone.ledger, [FILES[0]!, FILES[2]!, FILES[3]!]);
      expect(ledgerDataTables(alone.ledger.db)).toEqual(withFailure);
    } finally {
      alone.cleanup();
    }
    expect(ctx.ledger.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('keeps one import operation per file: each undone alone, as files imported one call each', async () => {
    const before = ledgerFingerprint(ctx.ledger.db, { log: false });
    await importOneCall(FILES, 1);
    const after = ledgerFingerprint(ctx.ledger.db, { log: false });
    const list = await call('history/list', { limit: 50 });
    expect(list.map((o) => o.kind)).toEqual(['import', 'import', 'import', 'import']);
    for (let i = 0; i < 3; i++) expect(undoLast(ctx.ledger.db)?.steps).toBe(1);
    expect(ledgerFingerprint(ctx.ledger.db, { log: false })).toBe(before);
    for (let i = 0; i < 3; i++) await call('history/redo', {});
    expect(ledgerFingerprint(ctx.ledger.db, { log: false })).toBe(after);
  });

  it('a call carrying a step is one undo step for all its files, in one commit', async () => {
    const before = ledgerFingerprint(ctx.ledger.db, { log: false });
    const seen: number[] = [];
    const clock = vi.spyOn(performance, 'now').mockReturnValue(0);
    let step: number | undefined;
    try {
      const out = await importFiles(ctx.ledger, FILES, {
        step: { id: null },
        verifyInTransaction: () => void seen.push(committedNotices()),
      });
      step = out.step;
    } finally {
      clock.mockRestore();
    }
    expect(seen).toEqual([1, 1, 1, 1]);
    expect(typeof step).toBe('number');
    const peek = await call('history/peek', {});
    expect(peek.undo?.op.notices).toBe(4);
    expect(undoLast(ctx.ledger.db)?.steps).toBe(4);
    expect(ledgerFingerprint(ctx.ledger.db, { log: false })).toBe(before);
  });

  it('without the stopped clock a transaction still ends at its budget: files are never lost', async () => {
    // A look-alike of the first test on the real clock: however the files split into
    // commits, each is stored once, in order, and another connection sees them all.
    const outcome = await importFiles(ctx.ledger, FILES);
    expect(outcome.files.map((f) => f.status)).toEqual(Array(4).fill('imported'));
    expect(committedNotices()).toBe(5);
    const ids = outcome.files.map((f) => f.noticeId!);
    expect([...ids].sort((a, b) => a - b)).toEqual(ids);
  });
});
