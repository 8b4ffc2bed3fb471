/** A fresh ledger file in its own temp folder, removed after the test. */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openLedger, type Ledger } from '../../src/main/db/ledger';

export function tempDir(prefix = 'taizhang-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function tempLedger(): Promise<{ ledger: Ledger; file: string; cleanup: () => void }> {
  const { dir, cleanup } = tempDir();
  const file = path.join(dir, 'ledger.sqlite');
  const ledger = await openLedger(file);
  return {
    ledger,
    file,
    cleanup: () => {
      ledger.close();
      cleanup();
    },
  };
}
