/**
 * Runs every registered row: for each, the operation and then its baseline, each in a
 * child process (same script, --child), and turns the two medians into one table row.
 */
import { fork } from 'node:child_process';
import { targetText } from './stats';
import type { BenchDef, RowResult, Side, SideResult } from './types';
import type { ChildArgs } from './child';

export interface RunOptions {
  quick: boolean;
  tmpDir: string;
  seed: number;
  entry: string;
  log: (line: string) => void;
}

export function childArgv(a: ChildArgs): string[] {
  return [
    '--child',
    a.name,
    a.side,
    String(a.scale),
    String(a.runs),
    a.quick ? 'quick' : 'full',
    a.tmpDir,
    String(a.seed),
  ];
}

export function parseChildArgv(argv: readonly string[]): ChildArgs | null {
  const i = argv.indexOf('--child');
  if (i < 0) return null;
  const [name, side, scale, runs, mode, tmpDir, seed] = argv.slice(i + 1);
  if (!name || (side !== 'op' && side !== 'baseline') || !tmpDir)
    throw new Error('bad --child arguments');
  return {
    name,
    side,
    scale: Number(scale),
    runs: Number(runs),
    quick: mode === 'quick',
    tmpDir,
    seed: Number(seed),
  };
}

function runChild(entry: string, a: ChildArgs): Promise<SideResult> {
  return new Promise((resolve, reject) => {
    // the tsx loader flags travel in execArgv; --expose-gc lets the child collect between repetitions
    const child = fork(entry, childArgv(a), {
      execArgv: [...process.execArgv, '--expose-gc'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let result: SideResult | null = null;
    child.on('message', (m) => (result = m as SideResult));
    child.on('error', reject);
    child.on('exit', (code) =>
      result && code === 0
        ? resolve(result)
        : reject(new Error(`${a.name}/${a.side} exited with ${code}`)),
    );
  });
}

export async function runAll(
  defs: readonly BenchDef<never>[],
  o: RunOptions,
): Promise<RowResult[]> {
  const baselines = new Map<string, SideResult>();
  const rows: RowResult[] = [];
  for (const def of defs) {
    const scale = o.quick ? def.quickScale : def.fullScale;
    const runs = o.quick ? (def.runs?.quick ?? 5) : (def.runs?.full ?? 3);
    const row: RowResult = {
      name: def.name,
      label: def.label,
      baselineName: def.baselineName,
      scale,
      target: def.target,
      targetText: targetText(def.target),
      skipped: null,
      op: null,
      baseline: null,
      rate: null,
      baselineRate: null,
      pass: null,
      speedVsBaseline: null,
    };
    rows.push(row);
    row.skipped = (await def.unavailable?.()) ?? null;
    if (row.skipped) {
      o.log(`- ${def.name}: skipped (${row.skipped})`);
      continue;
    }
    const side = (s: Side): Promise<SideResult> =>
      runChild(o.entry, {
        name: def.name,
        side: s,
        scale,
        runs,
        quick: o.quick,
        tmpDir: o.tmpDir,
        seed: o.seed,
      });
    try {
      const t0 = performance.now();
      row.op = await side('op');
      const key = `${def.baselineName}@${scale}`;
      row.baseline = baselines.get(key) ?? (await side('baseline'));
      baselines.set(key, row.baseline);
      o.log(`- ${def.name}: done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    } catch (e) {
      row.skipped = `failed: ${String(e instanceof Error ? e.message : e)}`;
      o.log(`- ${def.name}: ${row.skipped}`);
      continue;
    }
    const opMs = row.op.medianMs;
    const baseMs = row.baseline.medianMs;
    row.speedVsBaseline = baseMs / opMs;
    if ('minRate' in def.target) {
      row.rate = (scale / opMs) * 1000;
      row.baselineRate = (scale / baseMs) * 1000;
      row.pass = row.rate >= def.target.minRate;
    } else {
      row.pass = opMs <= def.target.maxMs;
    }
  }
  return rows;
}
