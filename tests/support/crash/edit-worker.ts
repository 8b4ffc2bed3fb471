/**
 * A child process for the concurrency test: edits, undoes and redoes records of a shared
 * ledger through dispatch(), as a person at another door would, as fast as it can.
 * Every write reads first and writes after: the pattern a deferred transaction turns into
 * "database is locked" when another process writes in between.
 *   tsx edit-worker.ts <ledger file> <seed> <steps> [start at, ms since epoch]
 */
import { dispatch } from '../../../src/main/api/dispatch';
import { openLedger } from '../../../src/main/db/ledger';

async function main() {
  const [file, seedArg, stepsArg] = process.argv.slice(2);
  let seed = Number(seedArg ?? 1);
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  const ledger = await openLedger(file!);
  const ctx = { ledger, door: 'cli' as const };
  const ids = (ledger.db.prepare('SELECT id FROM records').all() as { id: number }[]).map(
    (r) => r.id,
  );
  // Start together with the other workers, so their writes really interleave.
  const startAt = Number(process.argv[5] ?? 0);
  await new Promise((r) => setTimeout(r, Math.max(0, startAt - Date.now())));
  const failures: string[] = [];
  for (let i = 0; i < Number(stepsArg ?? 50); i++) {
    const id = ids[next() % ids.length]!;
    const step = next() % 4;
    const r =
      step === 0
        ? await dispatch('history/undo', {}, ctx)
        : step === 1
          ? await dispatch('history/redo', {}, ctx)
          : await dispatch(
              'records/edit',
              { edits: [{ id, field: 'status', value: `状态${seedArg}-${i}` }] },
              ctx,
            );
    if (!r.ok && r.error.code !== 'not_found') failures.push(`${r.error.code} ${r.error.message}`);
  }
  ledger.close();
  process.stdout.write(JSON.stringify({ failures }));
}

void main();
