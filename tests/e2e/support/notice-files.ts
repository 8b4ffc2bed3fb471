/**
 * Composed notices written to a fresh temp folder for the file picker: each file's path, in
 * the order given.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function noticeFiles(files: Record<string, string>): string[] {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'taizhang-notices-'));
  return Object.entries(files).map(([name, text]) => {
    const file = path.join(dir, name);
    writeFileSync(file, text);
    return file;
  });
}
