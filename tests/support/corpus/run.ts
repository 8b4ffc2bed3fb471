/**
 * Runs the corpus of real notices (tests/fixtures/corpus and the series) through the
 * importer: each composed notice is built into its file and imported as a dry run into a
 * temp ledger, then scored against its gold; the hard region strings are resolved and
 * scored too. Shared by `npm run corpus` (which prints) and the corpus floor test.
 */
import type { LedgerRecord } from '../../../src/shared/domain';
import { importFiles } from '../../../src/main/app/import/import-notices';
import { extractNotice, gazetteerRegionLookup } from '../../../src/main/core/import/extract';
import { readNotice } from '../../../src/main/core/import/readers';
import { resolveRegion } from '../../../src/main/core/gazetteer';
import { libreOffice } from '../fixtures/pdf-fixtures';
import { tempLedger } from '../temp-ledger';
import { buildNotice, prepareNotices } from '../unseen';
import { loadCorpus, loadRegionCases, type CorpusNotice } from './load';
import { type ExtractionView, type NoticeResult, scoreNotice } from './score';

export interface Skipped {
  id: string;
  skipped: string;
}

export async function runNotice(
  n: CorpusNotice,
  ledger: Parameters<typeof importFiles>[0],
): Promise<NoticeResult | { id: string; skipped: string }> {
  if (!n.gold) return { id: n.id, skipped: 'no gold file' };
  if (['pdf', 'doc', 'xls'].includes(n.spec.format) && !libreOffice)
    return { id: n.id, skipped: `LibreOffice is not installed: ${n.spec.format} not built` };
  const file = await buildNotice(n.id.replace(/\//g, '_'), n.spec);
  const outcome = await importFiles(ledger, [file], { dryRun: true });
  const failure = outcome.failures.map((f) => `${f.code}: ${f.message}`).join('; ') || null;
  const got: LedgerRecord[] = [...outcome.records].sort(
    (a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0),
  );
  // Role, outcomes and rules are read from the extraction itself (the ledger stores them later).
  let extraction: ExtractionView | null = null;
  if (!failure) {
    const doc = await readNotice(file.name, file.bytes);
    const ex = extractNotice(doc, { fileName: file.name, regions: gazetteerRegionLookup() });
    const byStart = new Map(ex.records.map((r) => [r.span.start, r]));
    extraction = {
      role: ex.metadata.role,
      rules: ex.rules,
      outcomeOf: (r) => {
        const hit = r.mentions.map((m) => byStart.get(m.start)).find((x) => x !== undefined);
        return { status: hit?.outcome?.status ?? null, grade: hit?.outcome?.grade ?? null };
      },
    };
  }
  return scoreNotice(
    n.id,
    n.spec.format + (n.spec.encoding ? `/${n.spec.encoding}` : ''),
    n.gold,
    outcome.notices[0],
    got,
    extraction,
    failure,
  );
}

export type CorpusTotals = ReturnType<typeof totalsOf>;

export function totalsOf(results: NoticeResult[], skipped: Skipped[]) {
  const sum = (f: (r: NoticeResult) => number) => results.reduce((a, r) => a + f(r), 0);
  const metaFields = results.flatMap((r) => r.meta.filter((m) => m.ok !== null));
  const byField: Record<string, { right: number; total: number }> = {};
  for (const m of metaFields) {
    byField[m.field] ??= { right: 0, total: 0 };
    byField[m.field]!.total++;
    if (m.ok) byField[m.field]!.right++;
  }
  const totals = {
    notices: results.length,
    skipped: skipped.length,
    expected: sum((r) => r.records.expected),
    got: sum((r) => r.records.got),
    right: sum((r) => r.records.right),
    wrong: sum((r) => r.records.wrong),
    missed: sum((r) => r.records.missed),
    invented: sum((r) => r.records.invented),
    statusRight: sum((r) => r.records.statusRight),
    statusExpected: sum((r) => r.records.statusExpected),
    statusInvented: sum((r) => r.records.statusInvented),
    unitRight: sum((r) => r.records.unitRight),
    unitExpected: sum((r) => r.records.unitExpected),
    lostItems: results.filter((r) => r.lostItems).length,
    lostSilently: results.filter((r) => r.silent).map((r) => r.id),
    missingExpectedWarnings: results
      .filter((r) => r.missingWarnings.length)
      .map((r) => `${r.id}: ${r.missingWarnings.join(',')}`),
    failures: results.filter((r) => r.failure).map((r) => `${r.id}: ${r.failure}`),
    metadata: {
      right: metaFields.filter((m) => m.ok).length,
      total: metaFields.length,
      byField,
    },
    rules: { found: sum((r) => r.rulesFound), expected: sum((r) => r.rulesExpected) },
  };
  return totals;
}

/**
 * `only` picks notices whose id contains it; ending in `*` it picks a whole set by the ids'
 * prefix ("v*": v01…, never a "…-villages-…" id of another set) and that set's region file.
 */
const prefixOf = (only: string): string | null => (only.endsWith('*') ? only.slice(0, -1) : null);

const noticeIn = (only: string | null, id: string): boolean => {
  if (!only) return true;
  const prefix = prefixOf(only);
  return prefix === null ? id.includes(only) : new RegExp(`^${prefix}\\d`).test(id);
};

export function regionScore(only: string | null) {
  const prefix = only ? prefixOf(only) : null;
  const all = loadRegionCases();
  // A set's own file named whole (regions-z) is that file alone, not every file it begins
  // (regions-za): a later set's strings would otherwise count against an earlier set's floor.
  const whole = only !== null && all.some((c) => c.file === `${only}.gold.json`);
  const cases = all.filter((c) =>
    !only
      ? true
      : prefix !== null
        ? c.file === `regions-${prefix}.gold.json`
        : whole
          ? c.file === `${only}.gold.json`
          : c.text.includes(only) || c.file.includes(only),
  );
  const rows = cases.map((c) => {
    const r = resolveRegion(c.text, { asOf: c.asOf, context: c.context || undefined });
    // The gold is the 6-digit code (county, or city / province for units that large); a
    // resolution down to a town or village is right when the GB/T 2260 unit its record
    // hangs on (regionCode: its county, or the city of a city without districts) is that.
    const got = r.regionCode ?? (r.code && r.code.length > 6 ? r.code.slice(0, 6) : r.code);
    return { ...c, got, resolved: r.code, ok: got === c.code };
  });
  return {
    total: rows.length,
    right: rows.filter((r) => r.ok).length,
    misses: rows
      .filter((r) => !r.ok)
      .map((r) => ({
        text: r.text,
        asOf: r.asOf,
        context: r.context,
        want: r.code,
        got: r.resolved,
        source: r.source,
      })),
  };
}

/**
 * Every corpus notice `only` picks (all when null), with totals and regions. `variant`, when
 * given, replaces each notice by another form of it (a perturbed copy), or skips it (null).
 */
export async function runCorpus(
  only: string | null,
  onNotice?: (id: string) => void,
  variant?: (n: CorpusNotice) => CorpusNotice | null,
): Promise<{
  results: NoticeResult[];
  skipped: Skipped[];
  totals: CorpusTotals;
  regions: ReturnType<typeof regionScore>;
}> {
  const notices = loadCorpus().filter((n) => noticeIn(only, n.id));
  await prepareNotices(notices.map((n) => (variant ? variant(n) : n)?.spec).filter((s) => !!s));
  const t = await tempLedger();
  const results: NoticeResult[] = [];
  const skipped: Skipped[] = [];
  try {
    for (const original of notices) {
      const n = variant ? variant(original) : original;
      if (n === null) {
        skipped.push({ id: original.id, skipped: 'the variant does not apply' });
        continue;
      }
      const r = await runNotice(n, t.ledger);
      if ('skipped' in r) skipped.push(r);
      else results.push(r);
      onNotice?.(n.id);
    }
  } finally {
    t.cleanup();
  }
  return { results, skipped, totals: totalsOf(results, skipped), regions: regionScore(only) };
}
