/** The results as one Markdown table (for people and the README) or JSON (for machines). */
import os from 'node:os';
import { compact, ms } from './stats';
import type { RowResult } from './types';

export interface RunInfo {
  mode: 'quick' | 'full';
  seed: number;
  startedAt: string;
  totalSeconds: number;
}

export function machineLine(): string {
  const cpus = os.cpus();
  return `${cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown CPU'}), ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, Node ${process.versions.node}, ${os.platform()} ${os.arch()}`;
}

function value(r: RowResult, side: 'op' | 'baseline'): string {
  const s = side === 'op' ? r.op : r.baseline;
  if (!s) return '—';
  const rate = side === 'op' ? r.rate : r.baselineRate;
  const unit = 'minRate' in r.target ? r.target.unit : '';
  return rate !== null ? `${compact(rate)} ${unit}/s (${ms(s.medianMs)})` : ms(s.medianMs);
}

function ratio(x: number | null): string {
  if (x === null) return '—';
  return x >= 10 ? `${x.toFixed(0)}×` : `${x.toFixed(2)}×`;
}

export function markdownTable(rows: readonly RowResult[], info: RunInfo): string {
  const head = [
    `Mode: ${info.mode}, seed ${info.seed}, ${info.startedAt}, ${info.totalSeconds.toFixed(0)} s total. Machine: ${machineLine()}.`,
    '',
    '| operation | n | median | target | pass | baseline (same run) | baseline median | speed vs baseline | peak RSS op / baseline |',
    '|---|---:|---:|---|:-:|---|---:|---:|---:|',
  ];
  const body = rows.map((r) => {
    if (r.skipped)
      return `| ${r.label} | ${r.scale.toLocaleString('en')} | — | ${r.targetText} | skipped | ${r.baselineName} | — | — | ${r.skipped} |`;
    const runs =
      r.op?.runsPeakRssMb != null && r.baseline?.runsPeakRssMb != null
        ? ` (runs ${r.op.runsPeakRssMb} / ${r.baseline.runsPeakRssMb})`
        : '';
    const rss = `${r.op?.peakRssMb ?? '—'} / ${r.baseline?.peakRssMb ?? '—'} MB${runs}`;
    return `| ${r.label} | ${r.scale.toLocaleString('en')} | ${value(r, 'op')} | ${r.targetText} | ${r.pass ? '✅' : '❌'} | ${r.baselineName} | ${value(r, 'baseline')} | ${ratio(r.speedVsBaseline)} | ${rss} |`;
  });
  const foot = [
    '',
    'median of the timed repetitions; speed vs baseline = baseline time ÷ operation time (>1: faster than the baseline, <1: slower);',
    'peak RSS = the peak resident memory of the child process that ran that side alone, its setup (data generation) included;',
    '(runs …) = the peak of the timed repetitions alone (Linux): the set-up data still resident, the peak of building it left out.',
  ];
  return [...head, ...body, ...foot].join('\n');
}

export function jsonReport(rows: readonly RowResult[], info: RunInfo): string {
  return JSON.stringify(
    { ...info, machine: machineLine(), cores: os.cpus().length, rows },
    null,
    2,
  );
}
