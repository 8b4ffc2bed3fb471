/**
 * The notice series in tests/fixtures/series are well formed: every notice has its gold, the
 * expected ledger of each series names only notices that exist, and every source a gold cites
 * is listed in SOURCES-series.md. No importer runs here and nothing is scored.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../support/shared';
import { FORMATS } from '../../support/unseen/spec';

const seriesRoot = path.join(repoRoot, 'tests', 'fixtures', 'series');
const sourcesFile = path.join(repoRoot, 'tests', 'fixtures', 'corpus', 'SOURCES-series.md');

const ROLES = [
  'confirmation',
  'application_call',
  'progress_report',
  'acceptance',
  'extension',
  'revocation',
  'rules_only',
  'news',
];
const KINDS = ['zone', 'case', 'observation', 'other'];
const STATUSES = ['实验中', '已验收', '未通过', '已撤销', '已延期'];
const CODE = /^\d{6}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

interface GoldRecord {
  kind: string;
  code: string;
  title: string;
  acceptCodes?: string[];
}
interface Gold {
  source: string;
  alsoSources?: string[];
  composed?: boolean;
  composedParts?: string;
  notice: { title: string | null; issuedOn: string | null; role: string; kind: string };
  records: GoldRecord[];
  rules?: { kind: string; text: string }[];
}
interface SeriesRecord {
  kind: string;
  code: string;
  acceptCodes?: string[];
  title: string;
  status?: string | null;
  mentions: string[];
}
interface Series {
  asOf: string;
  records: SeriesRecord[];
  events: { code: string; kind: string; status: string; on: string | null; notice: string }[];
  overdueAsOf: number;
  rules: { notice: string; kind: string; programme: string }[];
}

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

const seriesNames = readdirSync(seriesRoot)
  .filter((f) => statSync(path.join(seriesRoot, f)).isDirectory())
  .sort();

const noticeIds = (dir: string, suffix: string): string[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith(suffix))
    .map((f) => f.slice(0, -suffix.length))
    .sort();

describe('notice series fixtures', () => {
  it('has at least six series and a sources file', () => {
    expect(seriesNames.length).toBeGreaterThanOrEqual(6);
    expect(existsSync(sourcesFile)).toBe(true);
  });

  const sources = existsSync(sourcesFile) ? readFileSync(sourcesFile, 'utf8') : '';

  describe.each(seriesNames)('%s', (name) => {
    const dir = path.join(seriesRoot, name);
    const notices = noticeIds(dir, '.notice.json');
    const golds = noticeIds(dir, '.gold.json');

    // A first list and one later item about its units is the shortest story over time; a
    // programme told over years (copies, relays, additions, later items) may take eight.
    it('has 2–8 notices, each with its gold, and a series.json', () => {
      expect(notices.length).toBeGreaterThanOrEqual(2);
      expect(notices.length).toBeLessThanOrEqual(8);
      expect(golds).toEqual(notices);
      for (const id of notices) expect(id).toMatch(/^\d{2}-[a-z0-9-]+$/);
      expect(existsSync(path.join(dir, 'series.json'))).toBe(true);
    });

    it('notices are buildable specs and golds are labelled', () => {
      for (const id of notices) {
        const spec = readJson<{ format: string; title: string; blocks: unknown[] }>(
          path.join(dir, `${id}.notice.json`),
        );
        expect(FORMATS, id).toContain(spec.format);
        expect(typeof spec.title, id).toBe('string');
        expect(spec.blocks.length, id).toBeGreaterThan(0);

        const gold = readJson<Gold>(path.join(dir, `${id}.gold.json`));
        for (const s of [gold.source, ...(gold.alsoSources ?? [])]) {
          expect(s, id).toMatch(/^S\d{2,3}$/);
          // A table with three-digit ids pads the two-digit ones ("| S94  |").
          expect(sources, `${id} cites ${s}`).toMatch(new RegExp(`\\| ${s} +\\|`));
        }
        expect(ROLES, id).toContain(gold.notice.role);
        if (gold.notice.issuedOn !== null) expect(gold.notice.issuedOn, id).toMatch(DATE);
        if (gold.composed) expect(gold.composedParts, id).toBeTruthy();
        for (const r of gold.records) {
          expect(KINDS, id).toContain(r.kind);
          expect(r.code, id).toMatch(CODE);
          for (const c of r.acceptCodes ?? []) expect(c, id).toMatch(CODE);
          expect(typeof r.title, id).toBe('string');
        }
        for (const rule of gold.rules ?? []) expect(rule.text.length, id).toBeGreaterThan(0);
      }
    });

    it('series.json names only notices that exist', () => {
      const series = readJson<Series>(path.join(dir, 'series.json'));
      const known = new Set(notices);
      expect(series.asOf).toMatch(DATE);
      expect(typeof series.overdueAsOf).toBe('number');
      expect(series.records.length).toBeGreaterThan(0);
      for (const r of series.records) {
        expect(KINDS).toContain(r.kind);
        expect(r.code).toMatch(CODE);
        expect(r).toHaveProperty('status');
        if (r.status !== null) expect(STATUSES).toContain(r.status);
        expect(r.mentions.length).toBeGreaterThan(0);
        for (const m of r.mentions) expect(known.has(m), `${r.code} mentions ${m}`).toBe(true);
      }
      for (const e of series.events) {
        expect(known.has(e.notice), e.notice).toBe(true);
        expect(STATUSES).toContain(e.status);
        // An outcome told by an undated page has no day (null), never a guessed one.
        if (e.on !== null) expect(e.on).toMatch(DATE);
      }
      for (const rule of series.rules) expect(known.has(rule.notice), rule.notice).toBe(true);
    });

    it('a notice with records is mentioned by the ledger; one without is not', () => {
      const series = readJson<Series>(path.join(dir, 'series.json'));
      const mentioned = new Set(series.records.flatMap((r) => r.mentions));
      for (const id of notices) {
        const gold = readJson<Gold>(path.join(dir, `${id}.gold.json`));
        expect(mentioned.has(id), id).toBe(gold.records.length > 0);
      }
    });
  });
});
