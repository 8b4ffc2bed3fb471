/**
 * The corpus of real notices (tests/fixtures/corpus) and the notice series
 * (tests/fixtures/series/*): each composed notice with its hand-labelled gold, and the hard
 * region strings. Shapes are those of tests/fixtures/corpus/README.md.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { NoticeSpec } from '../unseen/spec';

export const FIXTURES = path.join(__dirname, '..', '..', 'fixtures');
export const CORPUS_DIR = path.join(FIXTURES, 'corpus');
export const SERIES_DIR = path.join(FIXTURES, 'series');

export type NoticeRole =
  | 'confirmation'
  | 'application_call'
  | 'progress_report'
  | 'acceptance'
  | 'extension'
  | 'revocation'
  | 'rules_only'
  | 'news';

export interface GoldRecord {
  seq: number | null;
  kind: 'zone' | 'case' | 'observation' | 'other';
  region: string;
  code: string | null;
  unitCode?: string;
  acceptCodes?: string[];
  title: string;
  status?: string;
  grade?: string;
}

export interface GoldNotice {
  title: string | null;
  issuer: string | null;
  docNo: string | null;
  issuedOn: string | null;
  role?: NoticeRole;
  kind?: 'zone' | 'case' | 'observation' | 'other' | 'none';
  programme?: string | null;
  batch?: string;
  statedCount?: number;
}

export interface Gold {
  source: string;
  about: string;
  notice: GoldNotice;
  records: GoldRecord[];
  warnings: string[];
  rules?: { kind: string; text: string }[];
}

export interface CorpusNotice {
  /** File stem, e.g. n03-… or series/hebei/02-progress. */
  id: string;
  noticeFile: string;
  goldFile: string;
  spec: NoticeSpec;
  gold: Gold | null;
}

export interface RegionCase {
  text: string;
  asOf: string;
  context: string;
  code: string | null;
  source: string;
  note?: string;
}

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

function noticesIn(dir: string, prefix: string, pattern: RegExp): CorpusNotice[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => pattern.test(f))
    .sort()
    .map((f) => {
      const stem = f.replace(/\.notice\.json$/, '');
      const goldFile = path.join(dir, `${stem}.gold.json`);
      return {
        id: prefix + stem,
        noticeFile: path.join(dir, f),
        goldFile,
        spec: readJson<NoticeSpec>(path.join(dir, f)),
        gold: existsSync(goldFile) ? readJson<Gold>(goldFile) : null,
      };
    });
}

/** Every corpus notice, then every series notice (series/<name>/NN-*.notice.json). */
export function loadCorpus(): CorpusNotice[] {
  const out = noticesIn(CORPUS_DIR, '', /\.notice\.json$/);
  if (existsSync(SERIES_DIR)) {
    for (const name of readdirSync(SERIES_DIR).sort()) {
      const dir = path.join(SERIES_DIR, name);
      if (statSync(dir).isDirectory())
        out.push(...noticesIn(dir, `series/${name}/`, /^\d\d-.*\.notice\.json$/));
    }
  }
  return out;
}

/** Every regions*.gold.json in the corpus folder, each case tagged with its file. */
export function loadRegionCases(): (RegionCase & { file: string })[] {
  return readdirSync(CORPUS_DIR)
    .filter((f) => /^regions.*\.gold\.json$/.test(f))
    .sort()
    .flatMap((f) =>
      readJson<RegionCase[]>(path.join(CORPUS_DIR, f)).map((c) => ({ ...c, file: f })),
    );
}

/** The source ids (N01, S12, …) listed in the SOURCES*.md files: the first cell of a table row. */
export function loadSourceIds(): Set<string> {
  const ids = new Set<string>();
  for (const f of readdirSync(CORPUS_DIR).filter((f) => /^SOURCES.*\.md$/.test(f))) {
    for (const line of readFileSync(path.join(CORPUS_DIR, f), 'utf8').split('\n')) {
      const m = /^\|\s*([A-Z]+\d+)\s*\|/.exec(line) ?? /^#+\s*([A-Z]+\d+)\b/.exec(line);
      if (m?.[1]) ids.add(m[1]);
    }
  }
  return ids;
}
