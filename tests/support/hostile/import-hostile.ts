/**
 * A child process for the hostile-file tests: makes one hostile file, imports it into a
 * fresh ledger through the door path (dispatch, the import worker when `--worker`), and
 * prints one JSON line: refused or not, the message, time, peak RSS, and whether the
 * ledger is byte-for-byte as before. Peak memory is the process's own (maxRSS), which is
 * why this runs apart from the test runner.
 *   tsx import-hostile.ts <name> [--worker]
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ImportOutcome } from '../../../src/shared/contract';
import { dispatch } from '../../../src/main/api/dispatch';
import { openLedger } from '../../../src/main/db/ledger';
import { HOSTILE_FILES } from '../fixtures/hostile-files';

async function main() {
  const [name, flag] = process.argv.slice(2);
  const spec = HOSTILE_FILES[name!];
  if (!spec) throw new Error(`unknown hostile file ${name}`);
  const bytes = await spec.make();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'taizhang-hostile-'));
  const file = path.join(dir, 'ledger.sqlite');
  const ledger = await openLedger(file);
  // Byte-identical means: after moving the WAL into the file, the file's bytes are the same.
  const hash = () => {
    ledger.db.pragma('wal_checkpoint(TRUNCATE)');
    return createHash('sha256').update(readFileSync(file)).digest('hex');
  };
  const before = hash();
  let prepareImport;
  if (flag === '--worker') {
    const { ImportWorker } = await import('../../../src/main/app/import/import-worker');
    prepareImport = new ImportWorker().prepare;
  }
  const start = performance.now();
  const r = await dispatch(
    'import/files',
    { files: [{ name: spec.file, dataBase64: bytes.toString('base64') }] },
    { ledger, door: 'cli', prepareImport },
  );
  const ms = Math.round(performance.now() - start);
  const after = hash();
  ledger.close();
  const outcome = r.ok ? (r.value as ImportOutcome) : null;
  const failure = outcome?.failures[0];
  process.stdout.write(
    `${JSON.stringify({
      name,
      bytes: bytes.length,
      refused: !!failure,
      code: failure?.code ?? (r.ok ? null : r.error.code),
      message: failure?.message ?? (r.ok ? null : r.error.message),
      ms,
      maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      unchanged: before === after,
    })}\n`,
  );
  rmSync(dir, { recursive: true, force: true });
  process.exit(0);
}

void main();
