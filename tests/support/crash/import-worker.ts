/**
 * A child process for the crash tests: writes generated notices into a ledger, one
 * transaction per notice, as fast as it can, until it is killed. Prints "ready" once the
 * ledger is open so the test kills it mid-write, not mid-start.
 *   tsx import-worker.ts <ledger file> <seed> <records per notice> [max notices]
 */
import { openLedger } from '../../../src/main/db/ledger';
import { writeImport } from '../../../src/main/db/write/import-rows';
import { fallbackPool, generateLedger, toImportBatches } from '../generate';

async function main() {
  const [file, seedArg, perArg] = process.argv.slice(2);
  const seed = Number(seedArg ?? 1);
  const perNotice = Number(perArg ?? 50);
  const maxNotices = Number(process.argv[5] ?? Infinity);
  const ledger = await openLedger(file!);
  const g = generateLedger({ seed, size: perNotice * 400 }, fallbackPool());
  const batches = toImportBatches(g.records, { seed, perNotice });
  process.stdout.write('ready\n');
  for (const [i, b] of batches.slice(0, maxNotices).entries()) {
    // Distinct bytes per run and notice, so re-runs never collide on sha256.
    // The notice carries how many records it has, so the test can check all-or-nothing.
    writeImport(
      ledger.db,
      {
        ...b.notice,
        sha256: `${seed}-${i}-${b.notice.sha256}`,
        docNoRaw: `count:${b.records.length}`,
      },
      b.records,
    );
  }
  process.stdout.write('done\n');
}

void main();
