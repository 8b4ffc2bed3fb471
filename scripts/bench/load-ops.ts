/**
 * Imports every file in ./ops, in name order, so a later issue adds a row by adding a
 * file: the harness itself never changes.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const opsDir = path.join(__dirname, 'ops');

export async function loadOps(): Promise<void> {
  const files = readdirSync(opsDir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .sort();
  for (const f of files) await import(pathToFileURL(path.join(opsDir, f)).href);
}
