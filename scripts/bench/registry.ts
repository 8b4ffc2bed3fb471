/** The rows of the benchmark table. Op files call registerBench() when imported. */
import type { BenchDef } from './types';

const rows: BenchDef<never>[] = [];

export function registerBench<S>(def: BenchDef<S>): void {
  if (rows.some((r) => r.name === def.name))
    throw new Error(`bench "${def.name}" registered twice`);
  rows.push(def as unknown as BenchDef<never>);
}

export function registeredBenches(): readonly BenchDef<never>[] {
  return rows;
}
