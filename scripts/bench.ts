/**
 * npm run bench [-- --quick] [-- --json] [-- --only name,name] [-- --seed N]
 *
 * Measures every registered operation (scripts/bench/ops/*.ts) against a baseline in the
 * same run and prints one table. Work happens in a temp dir that is removed at the end.
 * The same script is the child process that measures one side of one row (--child).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { measureSide } from './bench/child';
import { loadOps } from './bench/load-ops';
import { registeredBenches } from './bench/registry';
import { jsonReport, markdownTable } from './bench/report';
import { parseChildArgv, runAll } from './bench/runner';

const DEFAULT_SEED = 20_260_401;

async function child(): Promise<boolean> {
  const args = parseChildArgv(process.argv);
  if (!args) return false;
  await loadOps();
  const def = registeredBenches().find((d) => d.name === args.name);
  if (!def) throw new Error(`no bench named ${args.name}`);
  const result = await measureSide(def, args);
  await new Promise<void>((resolve) => process.send?.(result, () => resolve()) ?? resolve());
  return true;
}

function option(name: string): string | null {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? null) : null;
}

async function main(): Promise<void> {
  if (await child()) return;
  const quick = process.argv.includes('--quick');
  const json = process.argv.includes('--json');
  const only = option('--only')?.split(',') ?? null;
  const seed = Number(option('--seed') ?? DEFAULT_SEED);
  // with --json, stdout carries JSON only; progress goes to stderr either way
  const log = (line: string) => process.stderr.write(`${line}\n`);
  await loadOps();
  const defs = registeredBenches().filter((d) => !only || only.includes(d.name));
  const tmpDir = mkdtempSync(path.join(os.tmpdir(), 'taizhang-bench-'));
  const cleanup = () => rmSync(tmpDir, { recursive: true, force: true });
  process.once('SIGINT', () => {
    cleanup();
    process.exit(130);
  });
  const startedAt = new Date().toISOString();
  const t0 = performance.now();
  log(`bench (${quick ? 'quick' : 'full'}): ${defs.length} rows, temp dir ${tmpDir}`);
  try {
    const rows = await runAll(defs, { quick, tmpDir, seed, entry: __filename, log });
    const info = {
      mode: quick ? ('quick' as const) : ('full' as const),
      seed,
      startedAt,
      totalSeconds: (performance.now() - t0) / 1000,
    };
    process.stdout.write(`${json ? jsonReport(rows, info) : markdownTable(rows, info)}\n`);
    if (rows.some((r) => r.skipped?.startsWith('failed'))) process.exitCode = 1;
  } finally {
    cleanup();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
