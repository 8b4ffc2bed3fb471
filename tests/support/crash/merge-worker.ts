/**
 * A child process for the crash tests: merges pairs of live records and undoes some of
 * the merges, as fast as it can, until it is killed.
 *   tsx merge-worker.ts <ledger file> <seed>
 */
import { mergeRecords } from '../../../src/main/app/dedupe/merge-records';
import { openLedger } from '../../../src/main/db/ledger';
import { undoLast } from '../../../src/main/db/write/replay';

async function main() {
  const [file, seedArg] = process.argv.slice(2);
  let seed = Number(seedArg ?? 1);
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  const ledger = await openLedger(file!);
  process.stdout.write('ready\n');
  for (let i = 0; i < 100_000; i++) {
    const live = ledger.db
      .prepare(
        `SELECT id FROM records WHERE merged_into IS NULL AND deleted_at IS NULL
            AND kind = (SELECT kind FROM records GROUP BY kind ORDER BY count(*) DESC LIMIT 1)
          ORDER BY id LIMIT 200`,
      )
      .all() as { id: number }[];
    if (live.length < 2) break;
    const a = live[next() % live.length]!.id;
    const b = live[next() % live.length]!.id;
    if (a !== b) mergeRecords(ledger, { ids: [a, b], actor: 'user' });
    if (next() % 3 === 0) undoLast(ledger.db);
  }
  process.stdout.write('done\n');
}

void main();
