/** Small number helpers shared by the child (measuring) and the report (formatting). */
import type { Target } from './types';

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function targetText(t: Target): string {
  return 'minRate' in t ? `≥ ${compact(t.minRate)} ${t.unit}/s` : `≤ ${t.maxMs} ms`;
}

/** 20000 → 20k, 1250000 → 1.25M: the table must stay narrow. */
export function compact(n: number): string {
  if (n >= 1e6) return `${+(n / 1e6).toPrecision(3)}M`;
  if (n >= 1e4) return `${+(n / 1e3).toPrecision(3)}k`;
  return `${+n.toPrecision(3)}`;
}

export function ms(x: number): string {
  if (x >= 1000) return `${(x / 1000).toFixed(2)} s`;
  if (x >= 10) return `${x.toFixed(0)} ms`;
  return `${x.toFixed(2)} ms`;
}
