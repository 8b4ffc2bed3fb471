/**
 * The notices of a series (tests/fixtures/series/<name>) built into files: what the
 * integration tests import and the browser tests drop on the import page.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { SERIES_DIR } from '../corpus/load';
import type { NoticeSpec } from '../unseen/spec';
import { buildNotice } from '../unseen';

export interface SeriesFile {
  stem: string;
  name: string;
  bytes: Uint8Array;
}

/** The series' notices as files (PDFs built as Word files: the same text, no converter needed). */
export async function seriesFiles(series: string): Promise<SeriesFile[]> {
  const dir = path.join(SERIES_DIR, series);
  const out: SeriesFile[] = [];
  for (const f of readdirSync(dir)
    .filter((f) => f.endsWith('.notice.json'))
    .sort()) {
    const stem = f.replace('.notice.json', '');
    const spec = JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as NoticeSpec;
    const built = await buildNotice(
      stem,
      spec.format === 'pdf' ? { ...spec, format: 'docx' } : spec,
    );
    out.push({ stem, ...built });
  }
  return out;
}
