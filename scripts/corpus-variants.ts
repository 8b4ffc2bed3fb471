/**
 * npm run corpus:variants [-- --only <set-prefix>*[,…]] [-- --variant <name-substring>[,…]] [-- --json]
 *
 * Generalisation check: re-renders the list of each corpus notice in the containers other
 * offices use (tests/support/variants: merged group cells, <br> lines, <li>, nested divs, a
 * layout table, <th> headers; a repeated header row, a merged title row, a numbering or
 * spacer column in Word; a cover sheet, a header on row 3, a totals row in a workbook; BOM,
 * ; or tab delimiters, wrapped cells, GB18030 in CSV; wrapped cells and a running header in
 * PDF), imports each as a dry run, and reports records right per variant beside the notice
 * as composed and beside the plain re-rendering in the variant's format (the control).
 *
 * It measures; it never fails on a score.
 */
import { importFiles } from '../src/main/app/import/import-notices';
import { loadCorpus, type CorpusNotice } from '../tests/support/corpus/load';
import { scoreRecords } from '../tests/support/corpus/score';
import { libreOffice } from '../tests/support/fixtures/pdf-fixtures';
import { tempLedger } from '../tests/support/temp-ledger';
import { buildNotice } from '../tests/support/unseen';
import { VARIANTS, type BuiltFile } from '../tests/support/variants';

function option(name: string): string | null {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? null) : null;
}

interface Score {
  right: number;
  expected: number;
  invented: number;
}

type Ledger = Parameters<typeof importFiles>[0];

async function score(ledger: Ledger, n: CorpusNotice, file: BuiltFile): Promise<Score> {
  const outcome = await importFiles(ledger, [file], { dryRun: true });
  const got = [...outcome.records].sort(
    (a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0),
  );
  const s = scoreRecords(n.gold?.records ?? [], got);
  return { right: s.right, expected: s.expected, invented: s.invented + s.wrong };
}

const inSets = (sets: string[], id: string): boolean =>
  sets.length === 0 || sets.some((p) => new RegExp(`^${p.replace(/\*$/, '')}\\d`).test(id));

interface Row {
  variant: string;
  notices: number;
  right: number;
  expected: number;
  composedRight: number;
  invented: number;
  losses: string[];
}

const line = (r: Row): string =>
  `${r.variant.padEnd(20)} ${String(r.notices).padStart(7)}  ${`${r.right}/${r.expected}`.padStart(14)}  ${String(r.composedRight).padStart(8)}  ${String(r.invented).padStart(8)}`;

async function main(): Promise<void> {
  const sets = (option('--only') ?? 'n*,p*,r*,s*,t*,w*,f*,y*').split(',').filter(Boolean);
  const picks = (option('--variant') ?? '').split(',').filter(Boolean);
  const notices = loadCorpus().filter((n) => n.gold && !n.id.includes('/') && inSets(sets, n.id));
  const variants = VARIANTS.filter(
    (v) => (!picks.length || picks.some((p) => v.name.includes(p))) && (!v.office || libreOffice),
  );
  const t = await tempLedger();
  const composed = new Map<string, Score>();
  const rows: Row[] = [];
  try {
    for (const v of variants) {
      const row: Row = {
        variant: v.name,
        notices: 0,
        right: 0,
        expected: 0,
        composedRight: 0,
        invented: 0,
        losses: [],
      };
      for (const n of notices) {
        const file = await v.build(n.id, n.spec).catch((e: unknown) => {
          row.losses.push(`${n.id}: build failed ${String(e)}`);
          return null;
        });
        if (!file) continue;
        if (!composed.has(n.id))
          composed.set(n.id, await score(t.ledger, n, await buildNotice(n.id, n.spec)));
        const base = composed.get(n.id)!;
        const s = await score(t.ledger, n, { ...file, name: file.name.replace(/^[^.]*/, n.id) });
        row.notices++;
        row.right += s.right;
        row.expected += s.expected;
        row.composedRight += base.right;
        row.invented += s.invented;
        if (s.right < base.right || s.invented > base.invented)
          row.losses.push(
            `${n.id}: ${s.right}/${s.expected} (composed ${base.right}), invented ${s.invented} (composed ${base.invented})`,
          );
        process.stderr.write('.');
      }
      rows.push(row);
      // Each variant's line as soon as it is measured: the office-built ones take minutes.
      process.stderr.write(`\n${line(row)}\n`);
    }
  } finally {
    t.cleanup();
  }
  if (process.argv.includes('--json')) {
    process.stdout.write(JSON.stringify(rows, null, 2) + '\n');
    return;
  }
  const lines = [`${'variant'.padEnd(20)} notices  right/expected  composed  invented`];
  for (const r of rows) {
    lines.push(line(r));
    for (const l of r.losses) lines.push(`    ${l}`);
  }
  process.stdout.write(lines.join('\n') + '\n');
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
  process.exit(1);
});
