/**
 * npm run corpus [-- --json] [-- --only <id-substring>]
 *
 * Scores the importer on the corpus of real notices (tests/fixtures/corpus, and the notice
 * series in tests/fixtures/series): builds each composed notice into its file, imports it as
 * a dry run into a temp ledger, and compares what came out with the hand-labelled gold —
 * records right / wrong / missed / invented, the warnings raised, whether a notice that lost
 * items said so, and the notice's metadata. Then the hard region strings
 * (regions*.gold.json), resolved with the notice's date and context.
 *
 * It measures; it never fails on a score (exit 1 only when the corpus itself cannot be read).
 */
import type { LedgerRecord } from '../src/shared/domain';
import { importFiles } from '../src/main/core/import/import-files';
import { extractNotice, gazetteerRegionLookup } from '../src/main/core/import/extract';
import { readNotice } from '../src/main/core/import/readers';
import { resolveRegion } from '../src/main/core/gazetteer';
import { libreOffice } from '../tests/support/fixtures/pdf-fixtures';
import { tempLedger } from '../tests/support/temp-ledger';
import { buildNotice } from '../tests/support/unseen';
import { loadCorpus, loadRegionCases, type CorpusNotice } from '../tests/support/corpus/load';
import { type ExtractionView, type NoticeResult, scoreNotice } from '../tests/support/corpus/score';

function option(name: string): string | null {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? null) : null;
}

const pct = (a: number, b: number): string => (b ? `${((a / b) * 100).toFixed(1)}%` : '—');

async function runNotice(
  n: CorpusNotice,
  db: Parameters<typeof importFiles>[0],
): Promise<NoticeResult | { id: string; skipped: string }> {
  if (!n.gold) return { id: n.id, skipped: 'no gold file' };
  if (n.spec.format === 'pdf' && !libreOffice)
    return { id: n.id, skipped: 'LibreOffice is not installed: PDF not built' };
  const file = await buildNotice(n.id.replace(/\//g, '_'), n.spec);
  const outcome = await importFiles(db, [file], { dryRun: true });
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

function regionScore(only: string | null) {
  const cases = loadRegionCases().filter(
    (c) => !only || c.text.includes(only) || c.file.includes(only),
  );
  const rows = cases.map((c) => {
    const r = resolveRegion(c.text, { asOf: c.asOf, context: c.context || undefined });
    // The gold is the 6-digit code (county, or city / province for units that large); a
    // resolution down to a town or village is right when it lies in that county.
    const got = r.code && r.code.length > 6 ? r.code.slice(0, 6) : r.code;
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

function metaLine(r: NoticeResult): string {
  return r.meta
    .map((m) => (m.ok === null ? `${m.field}·` : m.ok ? `${m.field}✓` : `${m.field}✗`))
    .join(' ');
}

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const only = option('--only');
  const notices = loadCorpus().filter((n) => !only || n.id.includes(only));
  const t = await tempLedger();
  const results: NoticeResult[] = [];
  const skipped: { id: string; skipped: string }[] = [];
  try {
    for (const n of notices) {
      const r = await runNotice(n, t.ledger.db);
      if ('skipped' in r) skipped.push(r);
      else results.push(r);
      if (!json) process.stderr.write('.');
    }
  } finally {
    t.cleanup();
  }
  if (!json) process.stderr.write('\n');

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
  const regions = regionScore(only);

  if (json) {
    process.stdout.write(
      JSON.stringify({ notices: results, skipped, totals, regions }, null, 2) + '\n',
    );
    return;
  }

  const lines: string[] = [];
  lines.push(
    `${'notice'.padEnd(50)} ${'format'.padEnd(15)} right wrong miss inv  gold got  warn  meta`,
  );
  for (const r of results) {
    const s = r.records;
    const warn =
      (r.missingWarnings.length ? `missing ${r.missingWarnings.join(',')}` : 'ok') +
      (r.silent ? ' LOST-SILENTLY' : '');
    lines.push(
      `${r.id.padEnd(50)} ${r.format.padEnd(15)} ${String(s.right).padStart(5)} ${String(s.wrong).padStart(5)} ${String(s.missed).padStart(4)} ${String(s.invented).padStart(3)}  ${String(s.expected).padStart(4)} ${String(s.got).padStart(3)}  ${warn}`,
    );
    lines.push(`    warnings raised: ${r.warnings.join(', ') || '(none)'}  |  ${metaLine(r)}`);
    for (const m of r.meta.filter((m) => m.ok === false))
      lines.push(`    ${m.field}: want ${m.expected ?? 'null'}, got ${m.got ?? 'null'}`);
    if (r.rulesExpected) lines.push(`    rules found ${r.rulesFound}/${r.rulesExpected}`);
    if (r.failure) lines.push(`    FAILED: ${r.failure}`);
    for (const d of s.details) lines.push(`    ${d}`);
  }
  for (const s of skipped) lines.push(`${s.id.padEnd(50)} skipped: ${s.skipped}`);
  lines.push('');
  lines.push('Totals');
  lines.push(
    `  records right ${totals.right}/${totals.expected} = ${pct(totals.right, totals.expected)}; wrong ${totals.wrong}, missed ${totals.missed}, invented ${totals.invented} (extracted ${totals.got})`,
  );
  lines.push(
    `  status right ${totals.statusRight}/${totals.statusExpected} (${totals.statusInvented} stated where the notice states none); unit codes right ${totals.unitRight}/${totals.unitExpected}; rules found ${totals.rules.found}/${totals.rules.expected}`,
  );
  lines.push(
    `  notices that lost items: ${totals.lostItems}; lost silently: ${totals.lostSilently.length}${totals.lostSilently.length ? ` (${totals.lostSilently.join(', ')})` : ''}`,
  );
  lines.push(
    `  expected warnings missing: ${totals.missingExpectedWarnings.length}${totals.missingExpectedWarnings.length ? `\n    ${totals.missingExpectedWarnings.join('\n    ')}` : ''}`,
  );
  lines.push(
    `  metadata right ${totals.metadata.right}/${totals.metadata.total} = ${pct(totals.metadata.right, totals.metadata.total)} (${Object.entries(
      byField,
    )
      .map(([f, v]) => `${f} ${v.right}/${v.total}`)
      .join(', ')})`,
  );
  if (totals.failures.length) lines.push(`  import failures: ${totals.failures.join('; ')}`);
  lines.push('');
  lines.push(`Regions: ${regions.right}/${regions.total} = ${pct(regions.right, regions.total)}`);
  for (const m of regions.misses)
    lines.push(
      `  ${m.text} (${m.asOf}${m.context ? `, ${m.context}` : ''}) want ${m.want ?? 'null'}, got ${m.got ?? 'null'} [${m.source}]`,
    );
  process.stdout.write(lines.join('\n') + '\n');
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
  process.exit(1);
});
