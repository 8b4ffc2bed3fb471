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

/** One notice of a series as written: its stem, its spec and the day its gold gives it. */
export interface SeriesNotice {
  stem: string;
  spec: NoticeSpec;
  day: string;
}

/** The series' notices as specs, in file order. */
export function seriesNotices(series: string): SeriesNotice[] {
  const dir = path.join(SERIES_DIR, series);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.notice.json'))
    .sort()
    .map((f) => {
      const stem = f.replace('.notice.json', '');
      const spec = JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as NoticeSpec;
      const gold = JSON.parse(readFileSync(path.join(dir, `${stem}.gold.json`), 'utf8')) as {
        notice?: { issuedOn?: string | null };
      };
      return { stem, spec, day: gold.notice?.issuedOn ?? '' };
    });
}

/** Notices built into files (PDFs built as Word files: the same text, no converter needed). */
export async function buildSeriesFiles(notices: readonly SeriesNotice[]): Promise<SeriesFile[]> {
  const out: SeriesFile[] = [];
  for (const { stem, spec } of notices) {
    const built = await buildNotice(
      stem,
      spec.format === 'pdf' ? { ...spec, format: 'docx' } : spec,
    );
    out.push({ stem, ...built });
  }
  return out;
}

/** The series' notices as files. */
export async function seriesFiles(series: string): Promise<SeriesFile[]> {
  return buildSeriesFiles(seriesNotices(series));
}
