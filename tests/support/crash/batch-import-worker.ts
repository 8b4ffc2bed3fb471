/**
 * A child process for the batch crash test: imports the generated notice files in one
 * multi-file import (several files to a transaction, a savepoint each), as the command line
 * does, until it is killed. Files already stored (an earlier run that was killed) are
 * recognised and skipped. Prints "ready" once the ledger is open and the files are made, so
 * the test kills it mid-import, not mid-start, "stored N" as the progress reports N files
 * done, and "done" if it finishes.
 *   tsx batch-import-worker.ts <ledger file> <file count>
 */
import { importFiles } from '../../../src/main/app/import/import-notices';
import { openLedger } from '../../../src/main/db/ledger';
import { batchNoticeFiles } from './batch-notice-files';

async function main() {
  const [file, countArg] = process.argv.slice(2);
  const ledger = await openLedger(file!);
  const files = batchNoticeFiles(Number(countArg ?? 40));
  process.stdout.write('ready\n');
  // A file counts as done once its transaction committed: what the test may expect stored.
  const outcome = await importFiles(ledger, files, {
    onProgress: (p) => {
      if (p.done > 0) process.stdout.write(`stored ${p.done}\n`);
    },
  });
  if (outcome.failures.length) throw new Error(outcome.failures[0]!.message);
  ledger.close();
  process.stdout.write('done\n');
}

void main();
