import path from 'node:path';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { seriesFiles } from '../../support/series/series-files';

/**
 * A notice series built and written to a temp folder, for the file picker: each file's path by
 * its stem ("01-confirmation").
 */
export async function seriesOnDisk(series: string): Promise<Record<string, string>> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'taizhang-series-'));
  return Object.fromEntries(
    (await seriesFiles(series)).map((f) => {
      const file = path.join(dir, f.name);
      writeFileSync(file, f.bytes);
      return [f.stem, file];
    }),
  );
}
