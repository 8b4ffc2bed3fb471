/**
 * npm run corpus [-- --json] [-- --only <id-substring> | <set-prefix>*] [-- --perturb <family> | all]
 *
 * Scores the importer on the corpus of real notices (tests/fixtures/corpus, and the notice
 * series in tests/fixtures/series): builds each composed notice into its file, imports it as
 * a dry run into a temp ledger, and compares what came out with the hand-labelled gold —
 * records right / wrong / missed / invented, the warnings raised, whether a notice that lost
 * items said so, and the notice's metadata. Then the hard region strings
 * (regions*.gold.json), resolved with the notice's date and context.
 *
 * With --perturb, the text notices of the perturbed sets are copied the way one family of real
 * copies mangles them (tests/support/perturb) and records right are compared with the same
 * notices unperturbed, per family.
 *
 * It measures; it never fails on a score (exit 1 only when the corpus itself cannot be read).
 */
import { runCorpus } from '../tests/support/corpus/run';
import type { NoticeResult } from '../tests/support/corpus/score';
import { FAMILIES, type Family } from '../tests/support/perturb/families';
import { perturbReport } from '../tests/support/perturb/corpus';

function option(name: string): string | null {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? null) : null;
}

const pct = (a: number, b: number): string => (b ? `${((a / b) * 100).toFixed(1)}%` : '—');

function metaLine(r: NoticeResult): string {
  return r.meta
    .map((m) => (m.ok === null ? `${m.field}·` : m.ok ? `${m.field}✓` : `${m.field}✗`))
    .join(' ');
}

async function perturbed(only: string | null, which: string, json: boolean): Promise<void> {
  const families = which === 'all' ? FAMILIES : FAMILIES.filter((f) => f === which);
  if (families.length === 0) throw new Error(`--perturb: one of ${FAMILIES.join(', ')} or all`);
  const rows = await perturbReport(only, families as Family[], () => process.stderr.write('.'));
  process.stderr.write('\n');
  if (json) {
    process.stdout.write(JSON.stringify(rows, null, 2) + '\n');
    return;
  }
  const lines = [
    `${'family'.padEnd(12)} notices  gold  right before → after  invented before → after`,
  ];
  for (const r of rows) {
    lines.push(
      `${r.family.padEnd(12)} ${String(r.notices).padStart(7)} ${String(r.expected).padStart(5)}  ${String(r.before.right).padStart(12)} → ${String(r.after.right).padEnd(5)}  ${String(r.before.invented).padStart(15)} → ${r.after.invented}`,
    );
    for (const l of r.losers) lines.push(`    ${l}`);
  }
  process.stdout.write(lines.join('\n') + '\n');
}

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const only = option('--only');
  const perturb = option('--perturb');
  if (perturb) return perturbed(only, perturb, json);
  const { results, skipped, totals, regions } = await runCorpus(only, () => {
    if (!json) process.stderr.write('.');
  });
  if (!json) process.stderr.write('\n');
  const byField = totals.metadata.byField;

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
