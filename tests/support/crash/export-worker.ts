/**
 * A child process for the crash tests: writes the leadership workbook to the same path
 * again and again until it is killed.
 *   tsx export-worker.ts <ledger file> <out file>
 */
import { dispatch } from '../../../src/main/api/dispatch';
import { openLedger } from '../../../src/main/db/ledger';

async function main() {
  const [file, out] = process.argv.slice(2);
  const ledger = await openLedger(file!);
  process.stdout.write('ready\n');
  for (let i = 0; i < 1000; i++) {
    const r = await dispatch('export/create', { format: 'xlsx', out }, { ledger, door: 'cli' });
    if (!r.ok) throw new Error(r.error.message);
  }
  process.stdout.write('done\n');
}

void main();
